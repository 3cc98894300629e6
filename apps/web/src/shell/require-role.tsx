import type { ReactNode } from 'react';
import type { Role } from '../api/models';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { navigate } from '../router/router';
import { Loading, PageTitle } from '../ui/components';
import { common } from '../ui/texts';
import { useEffect } from 'react';

/**
 * Staff pages: signed-out visitors go to the login page (and come back); the wrong role sees why not.
 * `operator` lets the platform operator in as well (it holds no role of a municipality); with `roles` empty,
 * only the operator enters.
 */
export function RequireRole({
  roles,
  operator = false,
  children,
}: {
  roles: Role[];
  operator?: boolean;
  children: ReactNode;
}) {
  const session = useSession();
  const t = useT(common);
  useEffect(() => {
    if (session.status === 'signedOut') {
      navigate(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`, {
        replace: true,
      });
    }
  }, [session.status]);
  if (session.status !== 'signedIn') return <Loading />;
  if (!session.hasRole(...roles) && !(operator && session.operator)) {
    return (
      <section>
        <PageTitle>{t('forbiddenTitle')}</PageTitle>
        <p>{t('forbiddenBody')}</p>
      </section>
    );
  }
  return <>{children}</>;
}
