import type { Translate } from '../../i18n/i18n';
import type { AccountKey } from './texts';

/** The policy's length, checked before sending (the API checks the rest: not the address, not a common one). */
export const MIN_PASSWORD = 12;

/** The checks of a new password and its confirmation, as react-hook-form `validate` functions. */
export function newPasswordChecks(t: Translate<AccountKey>) {
  return {
    // Characters as the API counts them (code points), not UTF-16 units.
    newPassword: (value: string) => Array.from(value).length >= MIN_PASSWORD || t('errShort'),
    confirmation: (value: string, values: { newPassword: string }) => value === values.newPassword || t('errMismatch'),
  };
}
