import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../api/client';
import type { Schema } from '../api/models';
import { ApiError } from '../api/problem';
import { useT } from '../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextField } from '../ui/components';
import { organizationTexts } from './organization-texts';

export type OrganizationProfile = Schema<'OrganizationProfile'>;
type Contact = Schema<'OrganizationContact'>;
type Name = keyof Contact;

// The same rules as the API (organization-contact.dto.ts), so a mistake shows before it is sent.
const POSTAL_CODE = /^(\d{3}-?\d{4})?$/;
const PHONE = /^[0-9+()\- ]{0,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const FIELDS: Array<{
  name: Name;
  hint?:
    | 'postalCodeHint'
    | 'addressHint'
    | 'phoneHint'
    | 'representativeTitleHint'
    | 'representativeNameHint'
    | 'contactPersonHint';
  type?: string;
}> = [
  { name: 'postalCode', hint: 'postalCodeHint' },
  { name: 'address', hint: 'addressHint' },
  { name: 'phone', hint: 'phoneHint', type: 'tel' },
  { name: 'email', type: 'email' },
  { name: 'representativeTitle', hint: 'representativeTitleHint' },
  { name: 'representativeName', hint: 'representativeNameHint' },
  { name: 'contactPerson', hint: 'contactPersonHint' },
];

/** 団体情報: the organisation's contact details, saved whole (PUT); the form keeps what was saved. */
export function OrganizationProfileForm({
  profile,
  onSaved,
}: {
  profile: OrganizationProfile;
  onSaved: (next: OrganizationProfile) => void;
}) {
  const t = useT(organizationTexts);
  const { register, handleSubmit, formState } = useForm<Contact>({
    defaultValues: profile.contact,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const [server, setServer] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const checked = Object.entries(formState.errors).flatMap(([name, error]) =>
    typeof error?.message === 'string' ? [{ fieldId: `organization-${name}`, message: error.message }] : [],
  );
  const errors = checked.length > 0 ? checked : server;
  const errorOf = (name: Name) => errors.find((e) => e.fieldId === `organization-${name}`)?.message;

  const check = (name: Name, value: string): string | true => {
    const v = value.trim();
    if (v.length > 200) return t('errLength');
    if (name === 'postalCode' && !POSTAL_CODE.test(v)) return t('errPostalCode');
    if (name === 'phone' && !PHONE.test(v)) return t('errPhone');
    if (name === 'email' && v && !EMAIL.test(v)) return t('errEmail');
    return true;
  };

  const send = async (values: Contact) => {
    setNotice('');
    setServer([]);
    setFailure(undefined);
    const body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])) as Contact;
    try {
      onSaved(await call('PUT /api/v1/organizations/{id}/profile/contact', { path: { id: profile.id }, body }));
      setNotice(t('saved'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
      setServer(Object.entries(error.fieldErrors()).map(([f, message]) => ({ fieldId: `organization-${f}`, message })));
    }
  };

  return (
    <form onSubmit={handleSubmit(send)} noValidate className="console-form" aria-labelledby="organization-heading">
      <h2 id="organization-heading">{t('heading')}</h2>
      <ErrorSummary errors={errors} />
      {failure && errors.length === 0 ? <ProblemMessage error={failure} /> : null}
      {FIELDS.map(({ name, hint, type }) => (
        <TextField
          key={name}
          id={`organization-${name}`}
          label={t(name)}
          hint={hint ? t(hint) : undefined}
          type={type}
          autoComplete="off"
          error={errorOf(name)}
          {...register(name, { validate: (value) => check(name, value) })}
        />
      ))}
      <button id="organization-submit" type="submit" className="button" disabled={formState.isSubmitting}>
        {t('save')}
      </button>
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </form>
  );
}
