import { useT } from '../../i18n/i18n';
import { PageTitle } from '../../ui/components';
import { ChangePasswordForm } from './change-password-form';
import { accountTexts } from './texts';
import { useContinueHome } from './use-continue-home';

/**
 * The one page open on an administrator's initial password (the layout sends every other one here): the change,
 * then the person's home.
 */
export function ForcedPasswordPage() {
  const t = useT(accountTexts);
  const continueHome = useContinueHome();
  return (
    <section>
      <PageTitle>{t('forcedTitle')}</PageTitle>
      <p>{t('forcedIntro')}</p>
      <ChangePasswordForm onChanged={continueHome} />
    </section>
  );
}
