import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextField } from '../../../ui/components';
import { municipalitySettingsTexts } from './municipality-settings-texts';

type Contact = Schema<'MunicipalityContact'>;
type Name = keyof Contact;

const PHONE = /^[0-9+()\- ]{0,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** お問い合わせ先: the secretariat's contact, saved whole (PUT); the form keeps what was saved. */
export function ContactForm({
  saved,
  onSaved,
}: {
  saved: Contact;
  onSaved: (next: Schema<'MunicipalitySettings'>) => void;
}) {
  const t = useT(municipalitySettingsTexts);
  const { register, handleSubmit, formState } = useForm<Contact>({
    defaultValues: saved,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const [server, setServer] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const checked = Object.entries(formState.errors).flatMap(([name, error]) =>
    typeof error?.message === 'string' ? [{ fieldId: `contact-${name}`, message: error.message }] : [],
  );
  const errors = checked.length > 0 ? checked : server;
  const errorOf = (name: Name) => errors.find((e) => e.fieldId === `contact-${name}`)?.message;

  const send = async (values: Contact) => {
    setNotice('');
    setServer([]);
    setFailure(undefined);
    try {
      onSaved(await call('PUT /api/v1/municipality-settings/contact', { body: values }));
      setNotice(t('contactSaved'));
    } catch (error) {
      if (!(error instanceof ApiError)) return;
      setFailure(error);
      setServer(Object.entries(error.fieldErrors()).map(([f, message]) => ({ fieldId: `contact-${f}`, message })));
    }
  };

  const field = (name: Name, more: { hint?: string; lang?: string; type?: string; autoComplete?: string } = {}) => (
    <TextField
      id={`contact-${name}`}
      label={t(name)}
      error={errorOf(name)}
      {...register(name, {
        validate: (value) =>
          name === 'phone' && !PHONE.test(value.trim())
            ? t('errPhone')
            : name === 'email' && value.trim() && !EMAIL.test(value.trim())
              ? t('errEmail')
              : true,
      })}
      {...more}
    />
  );

  return (
    <form onSubmit={handleSubmit(send)} noValidate className="console-form" aria-labelledby="contact-heading">
      <ErrorSummary errors={errors} />
      {failure && errors.length === 0 ? <ProblemMessage error={failure} /> : null}
      {field('departmentJa', { hint: t('departmentJaHint') })}
      {field('departmentEn', { hint: t('englishHint'), lang: 'en' })}
      {field('phone', { hint: t('phoneHint'), type: 'tel', autoComplete: 'off' })}
      {field('email', { type: 'email', autoComplete: 'off' })}
      {field('addressJa')}
      {field('addressEn', { hint: t('englishHint'), lang: 'en' })}
      {field('hoursJa', { hint: t('hoursJaHint') })}
      {field('hoursEn', { hint: t('englishHint'), lang: 'en' })}
      <button id="contact-submit" type="submit" className="button" disabled={formState.isSubmitting}>
        {t('saveContact')}
      </button>
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </form>
  );
}
