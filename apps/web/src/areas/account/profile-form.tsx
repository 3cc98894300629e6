import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../api/client';
import type { Schema } from '../../api/models';
import { ApiError } from '../../api/problem';
import { useSession } from '../../auth/session';
import { useLocale, useT } from '../../i18n/i18n';
import { keys } from '../../queries/keys';
import { useInvalidate } from '../../queries/use-invalidate';
import { ErrorSummary, ProblemMessage, Select, TextField } from '../../ui/components';
import { useErrorList } from '../../ui/use-error-list';
import { accountTexts } from './texts';

type Account = Schema<'Account'>;

interface Profile {
  displayName: string;
  locale: 'ja' | 'en';
}

/** 表示名 and 表示言語 (PUT /me/account); the language chosen here becomes the screen's too. */
export function ProfileForm({ account }: { account: Account }) {
  const t = useT(accountTexts);
  const locales = useLocale();
  const session = useSession();
  const invalidate = useInvalidate();
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Profile>({
    defaultValues: { displayName: account.displayName, locale: account.locale },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [['displayName', 'profile-displayName']]);

  const submit = async ({ displayName, locale }: Profile) => {
    setProblem(null);
    setNotice('');
    try {
      await call('PUT /api/v1/me/account', { body: { displayName: displayName.trim(), locale } });
      await invalidate(keys.me.account());
      await session.reload();
      locales.setLocale(locale);
      setNotice(t('profileSaved'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const message = error.fieldErrors().displayName;
      if (message) setError('displayName', { type: 'api', message });
      else setProblem(error);
    }
  };

  return (
    <>
      <h2>{t('profileHeading')}</h2>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate aria-label={t('profileHeading')}>
        <ErrorSummary errors={summary} />
        {problem ? <ProblemMessage error={problem} /> : null}
        <TextField
          id="profile-displayName"
          label={t('displayName')}
          autoComplete="name"
          required
          error={errors.displayName?.message}
          {...register('displayName', { validate: (value) => (value.trim() ? true : t('errDisplayName')) })}
        />
        <Select id="profile-locale" label={t('locale')} required {...register('locale')}>
          <option value="ja">{t('localeJa')}</option>
          <option value="en">{t('localeEn')}</option>
        </Select>
        <div className="button-row">
          <button id="profile-submit" type="submit" className="button" disabled={isSubmitting}>
            {t('saveProfile')}
          </button>
        </div>
      </form>
    </>
  );
}
