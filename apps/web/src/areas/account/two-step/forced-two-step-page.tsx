import { useNavigate } from 'react-router';
import { homeFor, useSession } from '../../../auth/session';
import { useT } from '../../../i18n/i18n';
import { PageTitle } from '../../../ui/components';
import { TotpEnrolment } from './totp-enrolment';
import { twoStepTexts } from './two-step-texts';

/**
 * The page open to staff whose municipality requires two-step sign-in and who have not set it up (the layout sends
 * every other page here): the setup, then /me read again and the person's home.
 */
export function ForcedTwoStepPage() {
  const t = useT(twoStepTexts);
  const session = useSession();
  const navigate = useNavigate();
  return (
    <section>
      <PageTitle>{t('forcedTitle')}</PageTitle>
      <p>{t('forcedIntro')}</p>
      <p>{t('intro')}</p>
      <TotpEnrolment
        onDone={async () => {
          const me = await session.reload();
          void navigate(me ? homeFor(me) : '/account', { replace: true });
        }}
      />
    </section>
  );
}
