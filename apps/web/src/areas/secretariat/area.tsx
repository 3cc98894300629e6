import { useEffect, type ReactNode } from 'react';
import type { Role } from '../../api/models';
import { useSession } from '../../auth/session';
import type { Route } from '../../router/router';
import { navigate, Routes } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { Loading, NotFound } from '../../ui/components';
import { ActivityFieldsPage } from './admin/activity-fields-page';
import { CommitteesPage } from './admin/committees-page';
import { OrganizationsPage } from './admin/organizations-page';
import { UsersPage } from './admin/users-page';
import { ConsoleNav } from './components/console-nav';
import { CallEditorPage, NewCallPage } from './pages/call-editor-page';
import { CallProposalsPage } from './pages/call-proposals-page';
import { DashboardPage } from './pages/dashboard-page';
import { DeadLettersPage } from './pages/dead-letters-page';
import { PublicationPage } from './pages/publication-page';
import { ReportsPage } from './pages/reports-page';
import { ScreeningPage } from './pages/screening-page';
import { SessionFormPage } from './pages/session-form-page';
import { TemplatesPage } from './pages/templates-page';
import { MunicipalitiesPage } from './platform/municipalities-page';
import './secretariat.css';

const STAFF: Role[] = ['secretariat', 'admin'];
const PLATFORM_HOME = '/console/platform/municipalities';

/** The secretariat's pages (the administrator's too): the operator, let into the area for its own page, sees why not. */
const staffOnly = (routes: Route[]): Route[] =>
  routes.map(({ path, element }) => ({
    path,
    element: (params) => <RequireRole roles={STAFF}>{element(params)}</RequireRole>,
  }));

const routes: Route[] = staffOnly([
  { path: '/console/calls/new', element: () => <NewCallPage /> },
  { path: '/console/calls/:id', element: ({ id }) => <CallEditorPage key={id} callId={id} /> },
  { path: '/console/calls/:id/proposals', element: ({ id }) => <CallProposalsPage key={id} callId={id} /> },
  { path: '/console/calls/:id/sessions/new', element: ({ id }) => <SessionFormPage key={id} callId={id} /> },
  { path: '/console/calls/:id/publication', element: ({ id }) => <PublicationPage key={id} callId={id} /> },
  { path: '/console/proposals/:id', element: ({ id }) => <ScreeningPage key={id} proposalId={id} /> },
  { path: '/console/reports', element: () => <ReportsPage /> },
  { path: '/console/dead-letters', element: () => <DeadLettersPage /> },
  { path: '/console/templates', element: () => <TemplatesPage /> },
]);

/** The municipal administrator's pages: the secretariat sees why not (the API refuses their writes anyway). */
const adminOnly = (page: ReactNode) => () => <RequireRole roles={['admin']}>{page}</RequireRole>;
const adminRoutes: Route[] = [
  { path: '/console/admin/organizations', element: adminOnly(<OrganizationsPage />) },
  { path: '/console/admin/users', element: adminOnly(<UsersPage />) },
  { path: '/console/admin/committees', element: adminOnly(<CommitteesPage />) },
  { path: '/console/admin/activity-fields', element: adminOnly(<ActivityFieldsPage />) },
];

/** The platform operator's pages: every role of a municipality sees why not (the API refuses them anyway). */
const operatorOnly = (page: ReactNode) => () => (
  <RequireRole roles={[]} operator>
    {page}
  </RequireRole>
);
const platformRoutes: Route[] = [{ path: PLATFORM_HOME, element: operatorOnly(<MunicipalitiesPage />) }];

/** The operator has no dashboard (it belongs to no municipality): the console's front door leads to its page. */
function ConsoleHome() {
  const staff = useSession().hasRole(...STAFF);
  useEffect(() => {
    if (!staff) navigate(PLATFORM_HOME, { replace: true });
  }, [staff]);
  return staff ? <DashboardPage /> : <Loading />;
}

export default function Area() {
  return (
    <RequireRole roles={STAFF} operator>
      <ConsoleNav />
      <Routes
        routes={[{ path: '/console', element: () => <ConsoleHome /> }, ...routes, ...adminRoutes, ...platformRoutes]}
        fallback={<NotFound />}
      />
    </RequireRole>
  );
}
