import { useEffect, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { Loading } from '../../ui/components';

/** One's own account is for anyone signed in, whatever their roles: signed-out visitors go to the login page and back. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (session.status === 'signedOut') {
      void navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    }
  }, [session.status, navigate, pathname, search]);
  if (session.status !== 'signedIn') return <Loading />;
  return <>{children}</>;
}
