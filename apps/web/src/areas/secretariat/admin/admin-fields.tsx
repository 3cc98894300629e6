import { useT } from '../../../i18n/i18n';
import { Select, TextField } from '../../../ui/components';
import type { User } from '../models';
import { adminTexts } from './admin-texts';

/** The part of an administrator's form (use-admin-form.ts) a field needs, for the fields named `N`. */
interface FormFields<N extends string> {
  values: Record<N, string>;
  set(name: N): (event: { target: { value: string } }) => void;
  errorOf(name: N): string | undefined;
  idOf(name: N): string;
}

/** Who: a user picked by name and e-mail (granting a role, adding a committee member). */
export function UserSelect({ form, users }: { form: FormFields<'userId'>; users: User[] }) {
  const t = useT(adminTexts);
  return (
    <Select
      id={form.idOf('userId')}
      label={t('user')}
      required
      value={form.values.userId}
      onChange={form.set('userId')}
      error={form.errorOf('userId')}
    >
      <option value="">{t('chooseUser')}</option>
      {users.map((u) => (
        <option key={u.id} value={u.id}>
          {u.displayName}（{u.email}）
        </option>
      ))}
    </Select>
  );
}

/** A name in Japanese and in English (organisations, committees). */
export function BilingualNameFields({ form }: { form: FormFields<'nameJa' | 'nameEn'> }) {
  const t = useT(adminTexts);
  return (
    <>
      <TextField
        id={form.idOf('nameJa')}
        label={t('nameJa')}
        required
        value={form.values.nameJa}
        onChange={form.set('nameJa')}
        error={form.errorOf('nameJa')}
      />
      <TextField
        id={form.idOf('nameEn')}
        label={t('nameEn')}
        required
        lang="en"
        value={form.values.nameEn}
        onChange={form.set('nameEn')}
        error={form.errorOf('nameEn')}
      />
    </>
  );
}
