import { Fragment, type ReactNode } from 'react';
import { call } from '../../../api/client';
import { defineMessages, useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { PublicMunicipalityProfile } from '../models';

const texts = defineMessages({
  ja: {
    contact: 'お問い合わせ先',
    phone: '電話',
    email: 'メール',
    address: '住所',
    hours: '受付時間',
    emblem: '{name}の紋章',
  },
  en: {
    contact: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    address: 'Address',
    hours: 'Opening hours',
    emblem: 'Emblem of {name}',
  },
});

/** The chosen municipality's public profile; shared by the header, the footer and the call page (one request). */
export function usePublicProfile(code: string) {
  return useApiQuery(keys.public.municipality(code), (signal) =>
    call('GET /api/v1/public/municipalities/{code}', { path: { code }, signal }),
  );
}

const nameOf = (profile: PublicMunicipalityProfile, locale: 'ja' | 'en') =>
  locale === 'en' ? profile.nameEn || profile.nameJa : profile.nameJa;

/** The portal's banner: the municipality's emblem (when it has one) and its name. */
export function MunicipalityBanner({ code }: { code: string }) {
  const t = useT(texts);
  const { locale } = useLocale();
  const profile = usePublicProfile(code).data;
  if (!profile) return null;
  const name = nameOf(profile, locale);
  return (
    <div className="public-banner" id="public-banner">
      {profile.emblem ? (
        <img
          className="public-emblem"
          src={`/api/v1/public/municipalities/${encodeURIComponent(code)}/emblem?v=${profile.emblem.sha256.slice(0, 12)}`}
          alt={t('emblem', { name })}
          width={40}
          height={40}
        />
      ) : null}
      <p className="public-banner-name">{name}</p>
    </div>
  );
}

/** お問い合わせ先: the secretariat's contact as the municipality set it; nothing when it set none. */
export function MunicipalityContact({ code, headingLevel = 2 }: { code: string; headingLevel?: 2 | 3 }) {
  const t = useT(texts);
  const { locale } = useLocale();
  const profile = usePublicProfile(code).data;
  if (!profile) return null;
  const c = profile.contact;
  const local = (ja: string, en: string) => (locale === 'en' ? en || ja : ja);
  const rows: Array<[string, ReactNode]> = [];
  if (c.phone) rows.push([t('phone'), <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>]);
  if (c.email) rows.push([t('email'), <a href={`mailto:${c.email}`}>{c.email}</a>]);
  if (c.addressJa) rows.push([t('address'), local(c.addressJa, c.addressEn)]);
  if (c.hoursJa) rows.push([t('hours'), local(c.hoursJa, c.hoursEn)]);
  if (!c.departmentJa && rows.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="public-contact">
      <Heading>{t('contact')}</Heading>
      {c.departmentJa ? (
        <p className="public-contact-department">
          {nameOf(profile, locale)} {local(c.departmentJa, c.departmentEn)}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <dl className="pairs">
          {rows.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
