import { useNavigate } from 'react-router';
import { homeFor, useSession } from '../../auth/session';

/**
 * After a step the account owed (a new password, a second factor): /me read again — the API lets everything
 * through now — and the person's home.
 */
export function useContinueHome(): () => Promise<void> {
  const session = useSession();
  const navigate = useNavigate();
  return async () => {
    const me = await session.reload();
    void navigate(me ? homeFor(me) : '/account', { replace: true });
  };
}
