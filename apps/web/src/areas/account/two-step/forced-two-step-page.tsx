import { useT } from '../../../i18n/i18n';
import { PageTitle } from '../../../ui/components';
import { useContinueHome } from '../use-continue-home';
import { TotpEnrolment } from './totp-enrolment';
import { twoStepTexts } from './two-step-texts';

/**
 * The page open to staff whose municipality requires two-step sign-in and who have not set it up (the layout sends
 * every other page here): the setup, then the person's home.
 */
export function ForcedTwoStepPage() {
  const t = useT(twoStepTexts);
  const continueHome = useContinueHome();
  return (
    <section>
      <PageTitle>{t('forcedTitle')}</PageTitle>
      <p>{t('forcedIntro')}</p>
      <p>{t('intro')}</p>
      <TotpEnrolment onDone={continueHome} />
    </section>
  );
}
