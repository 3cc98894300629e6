import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { TextField } from '../../ui/components';
import { accountTexts } from './texts';

/**
 * 新しいパスワード and its confirmation, as both the change form and the reset link ask for them: each control's id,
 * its registration (with the checks of password-rules.ts) and its message come from the form they sit in.
 */
export function NewPasswordFields({
  ids,
  newPassword,
  confirmation,
}: {
  ids: { newPassword: string; confirmation: string };
  newPassword: { field: UseFormRegisterReturn; error: string | undefined };
  confirmation: { field: UseFormRegisterReturn; error: string | undefined };
}) {
  const t = useT(accountTexts);
  return (
    <>
      <TextField
        id={ids.newPassword}
        label={t('newPassword')}
        hint={t('newPasswordHint')}
        type="password"
        autoComplete="new-password"
        required
        error={newPassword.error}
        {...newPassword.field}
      />
      <TextField
        id={ids.confirmation}
        label={t('confirmation')}
        type="password"
        autoComplete="new-password"
        required
        error={confirmation.error}
        {...confirmation.field}
      />
    </>
  );
}
