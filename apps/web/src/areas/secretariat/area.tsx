import type { ReactNode } from 'react';
import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { NotFound } from '../../ui/components';
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
import './secretariat.css';

const routes: Route[] = [
  { path: '/console', element: () => <DashboardPage /> },
  { path: '/console/calls/new', element: () => <NewCallPage /> },
  { path: '/console/calls/:id', element: ({ id }) => <CallEditorPage key={id} callId={id} /> },
  { path: '/console/calls/:id/proposals', element: ({ id }) => <CallProposalsPage key={id} callId={id} /> },
  { path: '/console/calls/:id/sessions/new', element: ({ id }) => <SessionFormPage key={id} callId={id} /> },
  { path: '/console/calls/:id/publication', element: ({ id }) => <PublicationPage key={id} callId={id} /> },
  { path: '/console/proposals/:id', element: ({ id }) => <ScreeningPage key={id} proposalId={id} /> },
  { path: '/console/reports', element: () => <ReportsPage /> },
  { path: '/console/dead-letters', element: () => <DeadLettersPage /> },
  { path: '/console/templates', element: () => <TemplatesPage /> },
];

/** The municipal administrator's pages: the secretariat sees why not (the API refuses their writes anyway). */
const adminOnly = (page: ReactNode) => () => <RequireRole roles={['admin']}>{page}</RequireRole>;
const adminRoutes: Route[] = [
  { path: '/console/admin/organizations', element: adminOnly(<OrganizationsPage />) },
  { path: '/console/admin/users', element: adminOnly(<UsersPage />) },
  { path: '/console/admin/committees', element: adminOnly(<CommitteesPage />) },
  { path: '/console/admin/activity-fields', element: adminOnly(<ActivityFieldsPage />) },
];

export default function Area() {
  return (
    <RequireRole roles={['secretariat', 'admin']}>
      <ConsoleNav />
      <Routes routes={[...routes, ...adminRoutes]} fallback={<NotFound />} />
    </RequireRole>
  );
}
