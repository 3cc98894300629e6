import { useEffect, type ReactNode } from 'react';
import { call } from '../api/client';
import { useSession } from '../auth/session';
import { useLocale, useT, type Locale } from '../i18n/i18n';
import { Link, useLocation, useNavigate } from 'react-router';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { common } from '../ui/texts';
import { onPublicFace } from './api-face';

interface NavItem {
  to: string;
  label: string;
  show: boolean;
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useT(common);
  const { locale, setLocale } = useLocale();
  const session = useSession();
  const { pathname } = useLocation();
  const setupOwed = useForcedAccountSetup(pathname);
  // The inbox is for people with a role in a municipality (the platform operator alone has none).
  const hasInbox = session.status === 'signedIn' && !setupOwed && (session.me?.roles.length ?? 0) > 0;
  const unread = useUnreadCount(hasInbox, pathname);

  const items: NavItem[] = [
    { to: '/calls', label: t('navCalls'), show: true },
    { to: '/proposals', label: t('navProposals'), show: true },
    { to: '/statistics', label: t('navStatistics'), show: true },
    { to: '/open-data', label: t('navOpenData'), show: true },
    { to: '/workspace', label: t('navWorkspace'), show: session.hasRole('proposer') },
    { to: '/review', label: t('navReview'), show: session.hasRole('reviewer') },
    {
      to: '/committee',
      label: t('navCommittee'),
      show: session.hasRole('committee_member', 'committee_chair', 'secretariat'),
    },
    { to: '/console', label: t('navConsole'), show: session.hasRole('secretariat', 'admin') },
    // The operator's part of the console: the municipalities this deployment hosts.
    { to: '/console/platform/municipalities', label: t('navPlatform'), show: session.operator },
  ];

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            {t('appName')}
          </Link>
          <nav className="main-nav" aria-label={t('mainNav')}>
            <ul>
              {items
                .filter((item) => item.show)
                .map((item) => (
                  <li key={item.to}>
                    <Link
                      to={item.to}
                      aria-current={pathname === item.to || pathname.startsWith(`${item.to}/`) ? 'page' : undefined}
                    >
                      {item.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="header-tools">
            <label>
              <span className="visually-hidden">{t('language')}</span>
              <select
                value={locale}
                onChange={(event) => setLocale(event.target.value as Locale)}
                aria-label={t('language')}
              >
                <option value="ja">日本語</option>
                <option value="en">English</option>
              </select>
            </label>
            {session.status === 'signedIn' ? (
              <>
                {hasInbox ? (
                  <Link to="/inbox">
                    {t('navInbox')}
                    {unread > 0 ? (
                      <span className="unread" aria-label={`${unread}`}>
                        {unread}
                      </span>
                    ) : null}
                  </Link>
                ) : null}
                <Link to="/account" aria-current={pathname === '/account' ? 'page' : undefined}>
                  {t('navAccount')}
                </Link>
                <button type="button" className="linklike" onClick={() => void session.logout()}>
                  {t('signOut')}
                </button>
              </>
            ) : session.status === 'signedOut' && !onPublicFace() ? (
              <Link to="/login">{t('signIn')}</Link>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">{t('footer')}</footer>
    </>
  );
}

/**
 * While the account is on an administrator's initial password (`me.passwordChangeRequired`), or owes the two-step
 * setup its municipality requires (`me.mfaEnrollmentRequired`), the API refuses everything but that: every other
 * page of the app sends the person to it (/account/password first, then /account/two-step). Answers whether a step
 * is still owed.
 */
function useForcedAccountSetup(pathname: string): boolean {
  const session = useSession();
  const navigate = useNavigate();
  const signedIn = session.status === 'signedIn';
  const owed = !signedIn
    ? null
    : session.me?.passwordChangeRequired === true
      ? '/account/password'
      : session.me?.mfaEnrollmentRequired === true
        ? '/account/two-step'
        : null;
  useEffect(() => {
    if (owed && pathname !== owed && pathname !== '/login') void navigate(owed, { replace: true });
  }, [owed, pathname, navigate]);
  return owed !== null;
}

/** The inbox badge: read on sign-in and on each navigation, and once a minute while the page stays open. */
function useUnreadCount(hasInbox: boolean, pathname: string): number {
  const unread = useApiQuery(
    keys.me.unread(pathname),
    (signal) => call('GET /api/v1/me/notifications', { query: { limit: 1 }, signal }),
    { enabled: hasInbox, refetchInterval: 60_000, staleTime: 0 },
  );
  // A failed read keeps the last count (the query keeps its data), as a badge should not flicker to zero.
  return hasInbox ? (unread.data?.unread ?? 0) : 0;
}
