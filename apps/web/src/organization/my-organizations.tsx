import { Link } from 'react-router';
import { call } from '../api/client';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { organizationTexts } from './organization-texts';

/** The 団体情報 pages of the organisations the person proposes for, linked from the workspace. */
export function MyOrganizations({ linkTo }: { linkTo: (organizationId: string) => string }) {
  const t = useT(organizationTexts);
  const { me } = useSession();
  const own = new Set(
    (me?.memberships ?? []).flatMap((m) => (m.role === 'proposer' && m.organizationId ? [m.organizationId] : [])),
  );
  const organizations = useApiQuery(keys.organizations.list(), (signal) =>
    call('GET /api/v1/organizations', { signal }),
  );
  const mine = (organizations.data ?? []).filter((o) => own.has(o.id));
  if (mine.length === 0) return null;
  return (
    <nav aria-labelledby="my-organizations-heading" className="my-organizations">
      <h2 id="my-organizations-heading">{t('title')}</h2>
      <ul>
        {mine.map((o) => (
          <li key={o.id}>
            <Link to={linkTo(o.id)}>
              {o.nameJa}　{t('link')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
