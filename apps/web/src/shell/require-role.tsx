import { useEffect, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Role } from '../api/models';
import { homeFor, useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { Loading, PageTitle } from '../ui/components';
import { common } from '../ui/texts';

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
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (session.status === 'signedOut') {
      void navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    }
  }, [session.status, navigate, pathname, search]);
  if (session.status !== 'signedIn') return <Loading />;
  if (!session.hasRole(...roles) && !(operator && session.operator)) {
    // The platform operator holds no role in a municipality: the secretariat is not who they would ask.
    if (session.operator && session.me && session.me.roles.length === 0) {
      return (
        <section>
          <PageTitle>{t('forbiddenTitle')}</PageTitle>
          <p>{t('operatorForbiddenBody')}</p>
          <p>
            <Link to={homeFor(session.me)}>{t('toOperatorHome')}</Link>
          </p>
        </section>
      );
    }
    return (
      <section>
        <PageTitle>{t('forbiddenTitle')}</PageTitle>
        <p>{t('forbiddenBody')}</p>
      </section>
    );
  }
  return <>{children}</>;
}
