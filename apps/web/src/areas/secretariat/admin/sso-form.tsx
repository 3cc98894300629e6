import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, ProblemMessage, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { SsoLinkForm } from './sso-link-form';
import { ssoTexts } from './sso-texts';

type Settings = Schema<'SsoSettings'>;
interface Values {
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailClaim: string;
  labelJa: string;
  labelEn: string;
  requireVerifiedEmail: boolean;
  enabled: boolean;
}
type Name = keyof Values;

const BLANK: Values = {
  issuer: '',
  clientId: '',
  clientSecret: '',
  emailClaim: 'email',
  labelJa: '',
  labelEn: '',
  requireVerifiedEmail: true,
  enabled: true,
};

/** The municipality's OpenID provider for its staff: read, saved whole (PUT), or removed. */
export function SsoSection() {
  const state = useApiQuery(keys.admin.sso(), (signal) => call('GET /api/v1/municipality-settings/sso', { signal }));
  return (
    <Async state={state}>
      {(settings) => (
        <>
          <SsoForm settings={settings} />
          {settings.provider ? <SsoLinkForm /> : null}
        </>
      )}
    </Async>
  );
}

function SsoForm({ settings }: { settings: Settings }) {
  const t = useT(ssoTexts);
  const client = useQueryClient();
  const saved = settings.provider;
  const { register, handleSubmit, formState, reset } = useForm<Values>({
    defaultValues: saved ? { ...saved, clientSecret: '' } : BLANK,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const [server, setServer] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const checked = Object.entries(formState.errors).flatMap(([name, error]) =>
    typeof error?.message === 'string' ? [{ fieldId: `sso-${name}`, message: error.message }] : [],
  );
  const errors = checked.length > 0 ? checked : server;
  const errorOf = (name: Name) => errors.find((e) => e.fieldId === `sso-${name}`)?.message;

  const fail = (error: unknown) => {
    if (!(error instanceof ApiError)) return;
    setFailure(error);
    setServer(Object.entries(error.fieldErrors()).map(([f, message]) => ({ fieldId: `sso-${f}`, message })));
  };
  const begin = () => {
    setNotice('');
    setServer([]);
    setFailure(undefined);
  };
  const send = async ({ clientSecret, ...values }: Values) => {
    begin();
    try {
      const next = await call('PUT /api/v1/municipality-settings/sso', {
        body: { ...values, ...(clientSecret.trim() ? { clientSecret: clientSecret.trim() } : {}) },
      });
      client.setQueryData(keys.admin.sso(), next);
      reset(next.provider ? { ...next.provider, clientSecret: '' } : BLANK);
      setNotice(t('saved'));
    } catch (error) {
      fail(error);
    }
  };
  const remove = async () => {
    begin();
    try {
      await call('DELETE /api/v1/municipality-settings/sso');
      client.setQueryData(keys.admin.sso(), { provider: null, redirectUri: settings.redirectUri });
      reset(BLANK);
      setNotice(t('removed'));
    } catch (error) {
      fail(error);
    }
  };

  const required = () => ({ validate: (value: unknown) => (String(value).trim() ? true : t('errRequired')) });
  const text = (name: Exclude<Name, 'requireVerifiedEmail' | 'enabled'>, more: Record<string, unknown> = {}) => (
    <TextField
      id={`sso-${name}`}
      label={t(name)}
      error={errorOf(name)}
      autoComplete="off"
      {...register(
        name,
        name === 'issuer'
          ? { validate: (v) => (/^https?:\/\/\S+$/.test(String(v).trim()) ? true : t('errIssuer')) }
          : name === 'clientSecret' && saved
            ? {}
            : required(),
      )}
      {...more}
    />
  );

  return (
    <form onSubmit={handleSubmit(send)} noValidate className="console-form" aria-labelledby="sso-heading">
      <p>{t('intro')}</p>
      {saved ? null : <p id="sso-not-set">{t('notSet')}</p>}
      <p>
        {t('redirectUri')}: <code id="sso-redirect-uri">{settings.redirectUri}</code>
      </p>
      <ErrorSummary errors={errors} />
      {failure && errors.length === 0 ? <ProblemMessage error={failure} /> : null}
      {text('issuer', { hint: t('issuerHint'), type: 'url', lang: 'en' })}
      {text('clientId', { lang: 'en' })}
      {text('clientSecret', {
        type: 'password',
        hint: saved ? t('clientSecretHint') : t('clientSecretFirstHint'),
        autoComplete: 'new-password',
      })}
      {text('emailClaim', { hint: t('emailClaimHint'), lang: 'en' })}
      {text('labelJa', { hint: t('labelJaHint'), lang: 'ja' })}
      {text('labelEn', { lang: 'en' })}
      <label className="checkbox">
        <input id="sso-requireVerifiedEmail" type="checkbox" {...register('requireVerifiedEmail')} />{' '}
        {t('requireVerifiedEmail')}
      </label>
      <p className="field-hint">{t('requireVerifiedEmailHint')}</p>
      <label className="checkbox">
        <input id="sso-enabled" type="checkbox" {...register('enabled')} /> {t('enabled')}
      </label>
      <div className="button-row">
        <button id="sso-submit" type="submit" className="button" disabled={formState.isSubmitting}>
          {t('save')}
        </button>
        {saved ? (
          <button id="sso-remove" type="button" className="button button-secondary" onClick={() => void remove()}>
            {t('remove')}
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </form>
  );
}
