import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { useT } from '../../../i18n/i18n';
import { Async, PageTitle } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { ComparisonSetting } from './comparison-setting';
import { ContactForm } from './contact-form';
import { EmblemForm } from './emblem-form';
import { municipalitySettingsTexts } from './municipality-settings-texts';
import { SsoSection } from './sso-form';
import { ssoTexts } from './sso-texts';

/**
 * What the public portal shows of the municipality: the secretariat's contact (お問い合わせ先) and its emblem; and how
 * its staff sign in (single sign-on through its own OpenID provider).
 */
export function MunicipalitySettingsPage() {
  const t = useT(municipalitySettingsTexts);
  const sso = useT(ssoTexts);
  const client = useQueryClient();
  const state = useApiQuery(keys.admin.municipalitySettings(), async (signal) => {
    const [settings, municipalities] = await Promise.all([
      call('GET /api/v1/municipality-settings', { signal }),
      call('GET /api/v1/municipalities', { signal }),
    ]);
    // The administrator's own municipality: its code addresses the emblem the portal serves.
    return { settings, code: municipalities[0]?.code ?? null };
  });
  const saved = (settings: Schema<'MunicipalitySettings'>) => {
    client.setQueryData(keys.admin.municipalitySettings(), (old: { code: string | null } | undefined) => ({
      settings,
      code: old?.code ?? null,
    }));
    void client.invalidateQueries({ queryKey: keys.public.all });
  };
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <Async state={state}>
        {({ settings, code }) => (
          <>
            <h2 id="contact-heading">{t('contactHeading')}</h2>
            <ContactForm saved={settings.contact} onSaved={saved} />
            <h2 id="emblem-heading">{t('emblemHeading')}</h2>
            <EmblemForm emblem={settings.emblem} code={code} onSaved={saved} />
          </>
        )}
      </Async>
      <ComparisonSetting />
      <h2 id="sso-heading">{sso('heading')}</h2>
      <SsoSection />
    </section>
  );
}
