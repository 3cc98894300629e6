import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, ProblemMessage, Select, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { ssoTexts } from './sso-texts';

const STAFF_ROLES = ['secretariat', 'admin', 'reviewer', 'committee_member', 'committee_chair'];

interface Values {
  userId: string;
  subject: string;
}

/**
 * 認証基盤のアカウントとの紐付け: a staff member whose address differs at the provider is linked to its account by the
 * `sub` claim (or unlinked, so that the next sign-in matches by address again).
 */
export function SsoLinkForm() {
  const t = useT(ssoTexts);
  const users = useApiQuery(keys.admin.userList(), (signal) => call('GET /api/v1/users', { signal }));
  const { register, handleSubmit, formState, getValues, trigger } = useForm<Values>({
    defaultValues: { userId: '', subject: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const [failure, setFailure] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const errors = Object.entries(formState.errors).flatMap(([name, error]) =>
    typeof error?.message === 'string' ? [{ fieldId: `sso-link-${name}`, message: error.message }] : [],
  );

  const run = async (work: () => Promise<string>) => {
    setNotice('');
    setFailure(undefined);
    try {
      setNotice(await work());
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };
  const link = ({ userId, subject }: Values) =>
    run(async () => {
      await call('PUT /api/v1/users/{id}/sso-identity', { path: { id: userId }, body: { subject: subject.trim() } });
      return t('linked');
    });
  const unlink = async () => {
    if (!(await trigger('userId'))) return;
    await run(async () => {
      await call('DELETE /api/v1/users/{id}/sso-identity', { path: { id: getValues('userId') } });
      return t('unlinked');
    });
  };

  return (
    <Async state={users}>
      {(list) => (
        <form onSubmit={handleSubmit(link)} noValidate className="console-form" aria-labelledby="sso-link-heading">
          <h3 id="sso-link-heading">{t('linkHeading')}</h3>
          <p>{t('linkIntro')}</p>
          <ErrorSummary errors={errors} />
          {failure ? <ProblemMessage error={failure} /> : null}
          <Select
            id="sso-link-userId"
            label={t('linkUser')}
            error={formState.errors.userId?.message}
            {...register('userId', { validate: (v) => (v ? true : t('errUser')) })}
          >
            <option value="">{t('linkChoose')}</option>
            {list
              .filter((u) => u.active && u.roles.some((role) => STAFF_ROLES.includes(role)))
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName}（{u.email}）
                </option>
              ))}
          </Select>
          <TextField
            id="sso-link-subject"
            label={t('linkSubject')}
            hint={t('linkSubjectHint')}
            lang="en"
            autoComplete="off"
            error={formState.errors.subject?.message}
            {...register('subject', { validate: (v) => (/^\S+$/.test(v.trim()) ? true : t('errRequired')) })}
          />
          <div className="button-row">
            <button id="sso-link-submit" type="submit" className="button" disabled={formState.isSubmitting}>
              {t('link')}
            </button>
            <button id="sso-unlink" type="button" className="button button-secondary" onClick={() => void unlink()}>
              {t('unlink')}
            </button>
          </div>
          <p role="status" aria-live="polite">
            {notice}
          </p>
        </form>
      )}
    </Async>
  );
}
