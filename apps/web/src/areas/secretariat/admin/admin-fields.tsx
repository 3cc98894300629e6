import { useT } from '../../../i18n/i18n';
import { Select, TextField } from '../../../ui/components';
import type { User } from '../models';
import { adminTexts } from './admin-texts';
import type { AdminField } from './use-admin-form';

/** The part of an administrator's form (use-admin-form.ts) a field needs, for the fields named `N`. */
interface FormFields<N extends string> {
  field(name: N): AdminField;
}

/** Who: a user picked by name and e-mail (granting a role, adding a committee member). */
export function UserSelect({ form, users }: { form: FormFields<'userId'>; users: User[] }) {
  const t = useT(adminTexts);
  return (
    <Select {...form.field('userId')} label={t('user')} required>
      <option value="">{t('chooseUser')}</option>
      {users.map((u) => (
        <option key={u.id} value={u.id}>
          {u.displayName}（{u.email}）
        </option>
      ))}
    </Select>
  );
}

/**
 * A name in Japanese and in English (organisations, committees, municipalities), each with an optional hint.
 * `englishOptional` for municipality-local records (organisations, departments): the English name may stay empty.
 */
export function BilingualNameFields({
  form,
  hints = {},
  englishOptional = false,
}: {
  form: FormFields<'nameJa' | 'nameEn'>;
  hints?: { nameJa?: string; nameEn?: string };
  englishOptional?: boolean;
}) {
  const t = useT(adminTexts);
  return (
    <>
      <TextField {...form.field('nameJa')} label={t('nameJa')} hint={hints.nameJa} required />
      {englishOptional ? (
        <TextField
          {...form.field('nameEn')}
          label={t('nameEnOptional')}
          hint={hints.nameEn ?? t('nameEnOptionalHint')}
          lang="en"
        />
      ) : (
        <TextField {...form.field('nameEn')} label={t('nameEn')} hint={hints.nameEn} required lang="en" />
      )}
    </>
  );
}

/** A person's account: name, e-mail (with an optional hint), initial password under the policy, language. */
export function AccountFields({
  form,
  emailHint,
}: {
  form: FormFields<'displayName' | 'email' | 'password' | 'locale'>;
  emailHint?: string;
}) {
  const t = useT(adminTexts);
  return (
    <>
      <TextField {...form.field('displayName')} label={t('displayName')} required autoComplete="off" />
      <TextField
        {...form.field('email')}
        label={t('email')}
        hint={emailHint}
        required
        type="email"
        autoComplete="off"
      />
      <TextField
        {...form.field('password')}
        label={t('password')}
        hint={t('passwordHint')}
        required
        type="password"
        autoComplete="new-password"
      />
      <Select {...form.field('locale')} label={t('locale')} required>
        <option value="ja">{t('localeJa')}</option>
        <option value="en">{t('localeEn')}</option>
      </Select>
    </>
  );
}
