import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { SessionProvider } from './auth/session';
import { LocaleProvider } from './i18n/i18n';
import PublicArea from './areas/public/area';
import { createQueryClient } from './queries/query-client';
import { ScrollToTop } from './router/scroll-to-top';
import { ErrorBoundary } from './shell/error-boundary';
import { Layout } from './shell/layout';
import { Loading } from './ui/components';

// Staff areas load on first visit: the public pages (most visitors, often on phones) ship only what they use.
const ProposerArea = lazy(() => import('./areas/proposer/area'));
const ReviewerArea = lazy(() => import('./areas/reviewer/area'));
const SecretariatArea = lazy(() => import('./areas/secretariat/area'));
const CommitteeArea = lazy(() => import('./areas/committee/area'));
// One's own account and the forgotten-password pages: one chunk, two entries (/password-reset is open to anyone).
const AccountArea = lazy(() => import('./areas/account/area'));
const PasswordResetArea = lazy(() => import('./areas/account/area').then((m) => ({ default: m.PasswordResetArea })));
const EmailChangeArea = lazy(() => import('./areas/account/area').then((m) => ({ default: m.EmailChangeArea })));
// The sign-in form too: it brings react-hook-form (≈ 15 KB gzip), which no public page needs.
const LoginPage = lazy(() => import('./shell/login-page').then((m) => ({ default: m.LoginPage })));
const SsoLandingPage = lazy(() => import('./shell/sso-landing-page').then((m) => ({ default: m.SsoLandingPage })));

function Staff({ Area }: { Area: ComponentType }) {
  return (
    <Suspense fallback={<Loading />}>
      <Area />
    </Suspense>
  );
}

/** The areas by their first path segment; every other path belongs to the public portal (and its not-found page). */
function CurrentArea() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname}>
      <Routes>
        <Route path="/login" element={<Staff Area={LoginPage} />} />
        <Route path="/login/sso" element={<Staff Area={SsoLandingPage} />} />
        <Route path="/inbox" element={<Staff Area={ProposerArea} />} />
        <Route path="/workspace/*" element={<Staff Area={ProposerArea} />} />
        <Route path="/review/*" element={<Staff Area={ReviewerArea} />} />
        <Route path="/console/*" element={<Staff Area={SecretariatArea} />} />
        <Route path="/committee/*" element={<Staff Area={CommitteeArea} />} />
        <Route path="/account/*" element={<Staff Area={AccountArea} />} />
        <Route path="/password-reset/*" element={<Staff Area={PasswordResetArea} />} />
        <Route path="/email-change/*" element={<Staff Area={EmailChangeArea} />} />
        <Route path="*" element={<PublicArea />} />
      </Routes>
    </ErrorBoundary>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <ScrollToTop />
          <SessionProvider>
            <Layout>
              <CurrentArea />
            </Layout>
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </LocaleProvider>
  );
}
