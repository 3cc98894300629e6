import { useState, type FormEvent } from 'react';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, ErrorSummary, PageTitle, ProblemMessage } from '../../../ui/components';
import { TextField } from '../../../ui/text-field';
import { groupRegistrationTexts } from '../group-registration-texts';
import { useMunicipality } from '../municipality';

const TEXT_FIELDS = [
  'nameJa',
  'nameKana',
  'nameEn',
  'postalCode',
  'address',
  'phone',
  'representativeName',
  'representativeTitle',
  'contactName',
  'contactPhone',
  'email',
  'password',
  'confirmation',
] as const;
type TextName = (typeof TEXT_FIELDS)[number];
const OPTIONAL: TextName[] = ['nameEn', 'phone'];

/** The form's own id of each field, for the error summary's links. */
const idOf = (name: string) => `registration-${name}`;

/**
 * 団体登録: a citizen group registers itself — its details, representative and contact person, fields of activity,
 * its rules (会則, a PDF) and the password of its future account. The details go first, then the 会則; the answer is
 * always "check your e-mail", whether or not the address already has an account.
 */
export function GroupRegistrationPage() {
  const t = useT(groupRegistrationTexts);
  const { current } = useMunicipality();
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      {current ? <RegistrationForm code={current.code} /> : <p>{t('chooseMunicipality')}</p>}
    </section>
  );
}

function RegistrationForm({ code }: { code: string }) {
  const t = useT(groupRegistrationTexts);
  const { locale } = useLocale();
  const fields = useApiQuery(keys.public.activityFields(code), (signal) =>
    call('GET /api/v1/public/municipalities/{code}/activity-fields', { path: { code }, signal }),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const raw = (name: TextName) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const text = (name: TextName) => raw(name).trim();
    const chosen = data.getAll('activityFields').filter((value): value is string => typeof value === 'string');
    const file = data.get('rules');
    const found: Record<string, string> = {};
    for (const name of TEXT_FIELDS) if (!OPTIONAL.includes(name) && !text(name)) found[name] = t('errRequired');
    if (chosen.length === 0) found.activityFields = t('errFields');
    if (!(file instanceof File) || file.size === 0) found.rules = t('errRules');
    if (text('password') && text('confirmation') !== text('password')) found.confirmation = t('errMismatch');
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0 || !(file instanceof File)) return;
    setBusy(true);
    try {
      const received = await call('POST /api/v1/public/municipalities/{code}/group-registrations', {
        path: { code },
        body: {
          nameJa: text('nameJa'),
          nameKana: text('nameKana'),
          ...(text('nameEn') ? { nameEn: text('nameEn') } : {}),
          postalCode: text('postalCode'),
          address: text('address'),
          ...(text('phone') ? { phone: text('phone') } : {}),
          representativeName: text('representativeName'),
          representativeTitle: text('representativeTitle'),
          contactName: text('contactName'),
          contactPhone: text('contactPhone'),
          email: text('email'),
          activityFields: chosen,
          password: raw('password'),
          locale,
        },
      });
      await call('PUT /api/v1/public/municipalities/{code}/group-registrations/{id}/rules', {
        path: { code, id: received.id },
        query: { filename: file.name },
        body: file,
      });
      setSentTo(text('email'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(error.fieldErrors());
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  if (sentTo) {
    return (
      <div className="notice notice-good" role="status" id="registration-sent">
        <p>{t('sent', { email: sentTo })}</p>
      </div>
    );
  }
  const summary = Object.entries(errors).map(([name, message]) => ({ fieldId: idOf(name), message }));
  const field = (name: TextName, extra: { type?: string; hint?: string; autoComplete?: string } = {}) => (
    <TextField
      id={idOf(name)}
      name={name}
      label={t(name)}
      required={!OPTIONAL.includes(name)}
      error={errors[name]}
      {...extra}
    />
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('title')}>
      <ErrorSummary errors={summary} />
      {problem && problem.status !== 400 ? <ProblemMessage error={problem} /> : null}
      <fieldset>
        <legend>{t('group')}</legend>
        {field('nameJa', { autoComplete: 'organization' })}
        {field('nameKana')}
        {field('nameEn')}
        {field('postalCode', { hint: t('postalHint'), autoComplete: 'postal-code' })}
        {field('address', { autoComplete: 'street-address' })}
        {field('phone', { type: 'tel' })}
      </fieldset>
      <fieldset>
        <legend>{t('representative')}</legend>
        {field('representativeName')}
        {field('representativeTitle')}
      </fieldset>
      <fieldset>
        <legend>{t('contact')}</legend>
        {field('contactName', { autoComplete: 'name' })}
        {field('contactPhone', { type: 'tel', autoComplete: 'tel' })}
        {field('email', { type: 'email', hint: t('emailHint'), autoComplete: 'email' })}
      </fieldset>
      <fieldset aria-describedby={errors.activityFields ? `${idOf('activityFields')}-error` : undefined}>
        <legend>{t('fields')}</legend>
        <p className="meta">{t('fieldsHint')}</p>
        {errors.activityFields ? (
          <p className="field-error" id={`${idOf('activityFields')}-error`}>
            {errors.activityFields}
          </p>
        ) : null}
        <Async state={fields}>
          {(items) => (
            <div className="registration-choices">
              {items.map((item, index) => (
                <label key={item.key}>
                  <input
                    type="checkbox"
                    name="activityFields"
                    value={item.key}
                    id={index === 0 ? idOf('activityFields') : undefined}
                  />
                  {locale === 'ja' ? item.labelJa : item.labelEn}
                </label>
              ))}
            </div>
          )}
        </Async>
      </fieldset>
      <fieldset>
        <legend>{t('rules')}</legend>
        <TextField
          id={idOf('rules')}
          name="rules"
          type="file"
          accept="application/pdf,.pdf"
          label={t('rules')}
          hint={t('rulesHint')}
          required
          error={errors.rules}
        />
      </fieldset>
      <fieldset>
        <legend>{t('account')}</legend>
        {field('password', { type: 'password', hint: t('passwordHint'), autoComplete: 'new-password' })}
        {field('confirmation', { type: 'password', autoComplete: 'new-password' })}
      </fieldset>
      <div className="button-row">
        <button id="registration-submit" type="submit" className="button" disabled={busy}>
          {busy ? t('sending') : t('submit')}
        </button>
      </div>
    </form>
  );
}
