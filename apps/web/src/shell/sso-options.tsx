import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { Schema } from '../api/models';
import { useLocale, useT } from '../i18n/i18n';
import { ssoTexts } from './sso-texts';

type Option = Schema<'SsoSignInOption'>;

/**
 * 職員の方: a button per municipality whose staff sign in through its own provider. Each is a plain link (a browser
 * navigation to the API's start, which redirects to the provider). Nothing is shown when none is set up, or when the
 * list cannot be read (the password form works anyway).
 */
export function SsoOptions() {
  const t = useT(ssoTexts);
  const { locale } = useLocale();
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    let live = true;
    call('GET /api/v1/public/sign-in-options')
      .then((list) => live && setOptions(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (options.length === 0) return null;
  return (
    <section aria-labelledby="sso-heading" className="sso-options">
      <h2 id="sso-heading">{t('staffHeading')}</h2>
      <p>{t('staffIntro')}</p>
      <ul>
        {options.map((option) => {
          const label = locale === 'en' ? option.labelEn : option.labelJa;
          const municipality = locale === 'en' ? option.municipalityNameEn : option.municipalityNameJa;
          return (
            <li key={option.municipalityCode}>
              <a
                className="button button-secondary"
                href={`/api/v1/auth/oidc/${encodeURIComponent(option.municipalityCode)}/start`}
              >
                {t('button', { label })}
              </a>{' '}
              <span>（{municipality}）</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
