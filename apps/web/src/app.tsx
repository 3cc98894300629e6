import { lazy, Suspense, type ComponentType } from 'react';
import { SessionProvider } from './auth/session';
import { LocaleProvider } from './i18n/i18n';
import { RouterProvider, useLocation } from './router/router';
import PublicArea from './areas/public/area';
import { ErrorBoundary } from './shell/error-boundary';
import { Layout } from './shell/layout';
import { LoginPage } from './shell/login-page';
import { Loading } from './ui/components';

// Staff areas load on first visit: the public pages (most visitors, often on phones) ship only what they use.
const areas: Array<{ prefixes: string[]; Area: ComponentType }> = [
  { prefixes: ['/workspace', '/inbox'], Area: lazy(() => import('./areas/proposer/area')) },
  { prefixes: ['/review'], Area: lazy(() => import('./areas/reviewer/area')) },
  { prefixes: ['/console'], Area: lazy(() => import('./areas/secretariat/area')) },
  { prefixes: ['/committee'], Area: lazy(() => import('./areas/committee/area')) },
];

function CurrentArea() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname}>
      <AreaFor pathname={pathname} />
    </ErrorBoundary>
  );
}

function AreaFor({ pathname }: { pathname: string }) {
  if (pathname === '/login') return <LoginPage />;
  const staff = areas.find(({ prefixes }) =>
    prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)),
  );
  if (!staff) return <PublicArea />;
  return (
    <Suspense fallback={<Loading />}>
      <staff.Area />
    </Suspense>
  );
}

export function App() {
  return (
    <LocaleProvider>
      <RouterProvider>
        <SessionProvider>
          <Layout>
            <CurrentArea />
          </Layout>
        </SessionProvider>
      </RouterProvider>
    </LocaleProvider>
  );
}
