import { useNavigate } from 'react-router';
import { homeFor, useSession } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { PageTitle } from '../../ui/components';
import { ChangePasswordForm } from './change-password-form';
import { accountTexts } from './texts';

/**
 * The one page open on an administrator's initial password (the layout sends every other one here): the change,
 * then /me read again (the API lets everything through now) and the person's home.
 */
export function ForcedPasswordPage() {
  const t = useT(accountTexts);
  const session = useSession();
  const navigate = useNavigate();
  return (
    <section>
      <PageTitle>{t('forcedTitle')}</PageTitle>
      <p>{t('forcedIntro')}</p>
      <ChangePasswordForm
        onChanged={async () => {
          const me = await session.reload();
          void navigate(me ? homeFor(me) : '/account', { replace: true });
        }}
      />
    </section>
  );
}
