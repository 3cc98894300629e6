import { useEffect, useRef, useState } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { useLocale, useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage } from '../../../ui/components';
import { AccountFields, BilingualNameFields } from '../admin/admin-fields';
import { adminTexts } from '../admin/admin-texts';
import { useAdminForm } from '../admin/use-admin-form';
import { administratorTexts } from './administrator-texts';
import { municipalityTexts } from './municipality-texts';
import type { Municipality } from './platform-models';

/** The API's own checks (apps/api/src/admin/admin.dto.ts), made before sending so each is explained in words. */
const MIN_PASSWORD = 12;
const MAX_NAME = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const tooLong = (text: string) => [...text].length > MAX_NAME;

/**
 * Registers a municipality's administrator in one call: their section (a department), their account and the
 * admin role there. The password policy beyond its length (not the e-mail, not a common one) is the API's, and
 * its refusal lands beside the field like the page's own checks.
 */
export function FirstAdministratorForm({ municipality }: { municipality: Municipality }) {
  const t = useT(administratorTexts);
  const ta = useT(adminTexts);
  // On by default, as for every initial password an administrator hands out (the users page's form does the same).
  const [mustChange, setMustChange] = useState(true);
  const tm = useT(municipalityTexts);
  const { locale } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const municipalityName = locale === 'en' ? municipality.nameEn : municipality.nameJa;
  const nameRange = (label: string) => tm('errNameLength', { label });
  const form = useAdminForm(
    'administrator',
    { nameJa: '', nameEn: '', displayName: '', email: '', password: '', locale: 'ja' },
    {
      words: { nameJa: nameRange(ta('nameJa')), nameEn: nameRange(ta('nameEn')), email: ta('errEmail') },
      codes: { email_taken: 'email' },
      names: {
        'department.nameJa': 'nameJa',
        'department.nameEn': 'nameEn',
        'user.displayName': 'displayName',
        'user.email': 'email',
        'user.password': 'password',
        'user.locale': 'locale',
      },
    },
  );

  // Opened from a row of the table: the keyboard and the screen reader follow to the form.
  useEffect(() => heading.current?.focus(), []);

  const submit = form.onSubmit(
    (v) => [
      !v.nameJa.trim() && ['nameJa', ta('errNameJa')],
      tooLong(v.nameJa.trim()) && ['nameJa', nameRange(ta('nameJa'))],
      tooLong(v.nameEn.trim()) && ['nameEn', nameRange(ta('nameEn'))],
      !v.displayName.trim() && ['displayName', ta('errDisplayName')],
      !EMAIL.test(v.email.trim()) && ['email', ta('errEmail')],
      [...v.password].length < MIN_PASSWORD && ['password', ta('errPassword')],
    ],
    async (v) => {
      const created = await call('POST /api/v1/municipalities/{id}/administrators', {
        path: { id: municipality.id },
        body: {
          department: { nameJa: v.nameJa.trim(), nameEn: v.nameEn.trim() },
          user: {
            displayName: v.displayName.trim(),
            email: v.email.trim(),
            password: v.password,
            locale: v.locale === 'en' ? 'en' : 'ja',
            mustChangePassword: mustChange,
          },
        },
        idempotencyKey: newIdempotencyKey(),
      });
      return t('done', {
        name: created.user.displayName,
        municipality: municipalityName,
        department: locale === 'en' ? created.organization.nameEn : created.organization.nameJa,
        email: created.user.email,
      });
    },
  );

  const title = t('heading', { name: municipalityName });
  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="administrator-heading">
        {title}
      </h2>
      <p>{t('intro')}</p>
      <p role="status" aria-live="polite">
        {form.notice}
      </p>
      <form onSubmit={submit} noValidate className="console-form" aria-labelledby="administrator-heading">
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <fieldset>
          <legend>{t('department')}</legend>
          <BilingualNameFields
            form={form}
            hints={{ nameJa: t('departmentJaHint'), nameEn: t('departmentEnHint') }}
            englishOptional
          />
        </fieldset>
        <fieldset>
          <legend>{t('person')}</legend>
          <AccountFields form={form} emailHint={t('emailHint')} />
          <div className="checkbox">
            <input
              id="administrator-mustChangePassword"
              type="checkbox"
              checked={mustChange}
              onChange={(event) => setMustChange(event.target.checked)}
            />
            <label htmlFor="administrator-mustChangePassword">{ta('mustChange')}</label>
          </div>
        </fieldset>
        <button id="administrator-submit" type="submit" className="button" disabled={form.busy}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
