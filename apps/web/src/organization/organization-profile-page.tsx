import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { useQueryClient } from '@tanstack/react-query';
import { Async, PageTitle } from '../ui/components';
import { OrganizationProfileForm } from './organization-profile-form';
import { organizationTexts } from './organization-texts';

/** 団体情報 of one organisation: for its members (workspace) and for the secretariat and administrator (console). */
export function OrganizationProfilePage({ organizationId }: { organizationId: string }) {
  const t = useT(organizationTexts);
  const queryClient = useQueryClient();
  const key = keys.organizations.profile(organizationId);
  const profile = useApiQuery(key, (signal) =>
    call('GET /api/v1/organizations/{id}/profile', { path: { id: organizationId }, signal }),
  );
  return (
    <section>
      <Async state={profile}>
        {(data) => (
          <>
            <PageTitle>{t('titleOf', { name: data.nameJa })}</PageTitle>
            <p>{t('intro')}</p>
            <OrganizationProfileForm profile={data} onSaved={(next) => queryClient.setQueryData(key, next)} />
          </>
        )}
      </Async>
    </section>
  );
}
