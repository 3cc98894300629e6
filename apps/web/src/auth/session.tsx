import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { call, configureClient } from '../api/client';
import type { Me, Role, TokenPair } from '../api/models';
import { useLocale } from '../i18n/i18n';
import { onPublicFace } from '../shell/api-face';

/**
 * Who is signed in. The access token lives in memory only; the rotating refresh token in localStorage, so a
 * reload keeps the session and a stolen access token expires within minutes. Sign-out revokes the session.
 */
interface SessionState {
  status: 'loading' | 'signedOut' | 'signedIn';
  me: Me | null;
  /** `secondFactor`: a code from the authenticator app or a recovery code, for an account with two-step sign-in. */
  login(email: string, password: string, secondFactor?: string): Promise<Me>;
  /** Signs in with the one-time code a single sign-on handed over (the municipality's provider checked who it is). */
  loginWithSso(code: string): Promise<Me>;
  logout(): Promise<void>;
  /** Reads /me again (after the password is changed, the name or language), keeping the same sign-in. */
  reload(): Promise<Me | null>;
  hasRole(...roles: Role[]): boolean;
  /** The platform operator (creates municipalities): not a role in a municipality, so no `hasRole` covers it. */
  operator: boolean;
}

const REFRESH_KEY = 'kyodo.refreshToken';
const SessionContext = createContext<SessionState | null>(null);

let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;

function keep(pair: TokenPair): void {
  accessToken = pair.accessToken;
  localStorage.setItem(REFRESH_KEY, pair.refreshToken);
}

function forget(): void {
  accessToken = null;
  localStorage.removeItem(REFRESH_KEY);
}

/** One refresh at a time: parallel 401s share it (a refresh token is used up by its first use). */
function refreshOnce(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    if (!refreshToken) return false;
    try {
      keep(await call('POST /api/v1/auth/refresh', { body: { refreshToken } }));
      return true;
    } catch {
      forget();
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale, setLocale } = useLocale();
  const [status, setStatus] = useState<SessionState['status']>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const queryClient = useQueryClient();

  useEffect(() => {
    configureClient({ accessToken: () => accessToken, refresh: refreshOnce, locale: () => localeRef.current });
  }, []);
  localeRef.current = locale;

  useEffect(() => {
    let live = true;
    void (async () => {
      // The public face has no sign-in to resume.
      if (!onPublicFace() && (await refreshOnce())) {
        try {
          const who = await call('GET /api/v1/me');
          if (live) {
            setMe(who);
            setStatus('signedIn');
          }
          return;
        } catch {
          forget();
        }
      }
      if (live) setStatus('signedOut');
    })();
    return () => {
      live = false;
    };
  }, []);

  const start = useCallback(
    async (pair: TokenPair) => {
      keep(pair);
      const who = await call('GET /api/v1/me');
      // Nothing read for the previous person (or for nobody) is shown to this one.
      queryClient.clear();
      setMe(who);
      setStatus('signedIn');
      if (!localStorage.getItem('kyodo.locale')) setLocale(who.locale);
      return who;
    },
    [setLocale, queryClient],
  );
  const login = useCallback(
    async (email: string, password: string, secondFactor?: string) =>
      start(
        await call('POST /api/v1/auth/login', {
          body: secondFactor ? { email, password, secondFactor } : { email, password },
        }),
      ),
    [start],
  );
  const loginWithSso = useCallback(
    async (code: string) => start(await call('POST /api/v1/auth/oidc/exchange', { body: { code } })),
    [start],
  );

  const logout = useCallback(async () => {
    try {
      await call('POST /api/v1/auth/logout');
    } catch {
      // signing out locally is what matters; the session expires anyway
    }
    forget();
    queryClient.clear();
    setMe(null);
    setStatus('signedOut');
  }, [queryClient]);

  const reload = useCallback(async () => {
    try {
      const who = await call('GET /api/v1/me');
      setMe(who);
      setStatus('signedIn');
      return who;
    } catch {
      return null;
    }
  }, []);

  const value = useMemo<SessionState>(
    () => ({
      status,
      me,
      login,
      loginWithSso,
      logout,
      reload,
      hasRole: (...roles: Role[]) => !!me && roles.some((role) => me.roles.includes(role)),
      operator: me?.platformAdmin === true,
    }),
    [status, me, login, loginWithSso, logout, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

const localeRef: { current: 'ja' | 'en' } = { current: 'ja' };

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Where a signed-in person starts, by what they do most. */
export function homeFor(me: Me): string {
  if (me.roles.includes('secretariat') || me.roles.includes('admin')) return '/console';
  if (me.platformAdmin) return '/console/platform/municipalities';
  if (me.roles.includes('committee_chair') || me.roles.includes('committee_member')) return '/committee';
  if (me.roles.includes('reviewer')) return '/review';
  if (me.roles.includes('proposer')) return '/workspace';
  return '/';
}
