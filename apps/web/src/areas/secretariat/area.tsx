import { useEffect, type ReactNode } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import type { Role } from '../../api/models';
import { useSession } from '../../auth/session';
import { WithParams } from '../../router/with-params';
import { RequireRole } from '../../shell/require-role';
import { Loading, NotFound } from '../../ui/components';
import { ActivityFieldsPage } from './admin/activity-fields-page';
import { MunicipalitySettingsPage } from './admin/municipality-settings-page';
import { CommitteesPage } from './admin/committees-page';
import { OrganizationsPage } from './admin/organizations-page';
import { OrganizationProfilePage } from '../../organization/organization-profile-page';
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
import { SecretariatVersionsPage } from './pages/versions-page';
import { MunicipalitiesPage } from './platform/municipalities-page';
import { GroupRegistrationPage } from './registrations/group-registration-page';
import { GroupRegistrationsPage } from './registrations/group-registrations-page';
import { AgreementPage } from './partnership/agreement-page';
import { PartnershipPage } from './partnership/partnership-page';
import { FeedbackSummaryPage } from './feedback/feedback-summary-page';
import { PlainJapanesePage } from './plain-japanese/plain-japanese-page';
import { FuriganaReadingsPage } from './plain-japanese/furigana-readings-page';
import { CallPlainJapanesePage } from './plain-japanese/call-plain-japanese-page';
import { ProposalPlainJapanesePage } from './plain-japanese/proposal-plain-japanese-page';
import './secretariat.css';

const STAFF: Role[] = ['secretariat', 'admin'];
const PLATFORM_HOME = '/console/platform/municipalities';

/** A page of the console: its path below /console, and the page drawn from the path's `:name` segments. */
interface ConsoleRoute {
  path: string;
  element(params: Readonly<Record<string, string>>): ReactNode;
}

/** The secretariat's pages (the administrator's too): the operator, let into the area for its own page, sees why not. */
const staffOnly = (routes: ConsoleRoute[]): ConsoleRoute[] =>
  routes.map(({ path, element }) => ({
    path,
    element: (params) => <RequireRole roles={STAFF}>{element(params)}</RequireRole>,
  }));

const routes: ConsoleRoute[] = staffOnly([
  { path: 'calls/new', element: () => <NewCallPage /> },
  { path: 'calls/:id', element: ({ id }) => <CallEditorPage key={id} callId={id} /> },
  { path: 'calls/:id/proposals', element: ({ id }) => <CallProposalsPage key={id} callId={id} /> },
  { path: 'calls/:id/sessions/new', element: ({ id }) => <SessionFormPage key={id} callId={id} /> },
  { path: 'calls/:id/publication', element: ({ id }) => <PublicationPage key={id} callId={id} /> },
  { path: 'calls/:id/plain-japanese', element: ({ id }) => <CallPlainJapanesePage key={id} callId={id} /> },
  { path: 'proposals/:id', element: ({ id }) => <ScreeningPage key={id} proposalId={id} /> },
  {
    path: 'proposals/:id/plain-japanese',
    element: ({ id }) => <ProposalPlainJapanesePage key={id} proposalId={id} />,
  },
  { path: 'proposals/:id/versions', element: ({ id }) => <SecretariatVersionsPage key={id} proposalId={id} /> },
  { path: 'proposals/:id/agreement', element: ({ id }) => <AgreementPage key={id} proposalId={id} /> },
  { path: 'proposals/:id/partnership', element: ({ id }) => <PartnershipPage key={id} proposalId={id} /> },
  { path: 'organizations/:id', element: ({ id }) => <OrganizationProfilePage key={id} organizationId={id} /> },
  { path: 'reports', element: () => <ReportsPage /> },
  { path: 'dead-letters', element: () => <DeadLettersPage /> },
  { path: 'templates', element: () => <TemplatesPage /> },
  { path: 'plain-japanese', element: () => <PlainJapanesePage /> },
  { path: 'furigana-readings', element: () => <FuriganaReadingsPage /> },
  { path: 'group-registrations', element: () => <GroupRegistrationsPage /> },
  { path: 'feedback', element: () => <FeedbackSummaryPage /> },
  {
    path: 'group-registrations/:id',
    element: ({ id }) => <GroupRegistrationPage key={id} registrationId={id} />,
  },
]);

/** The municipal administrator's pages: the secretariat sees why not (the API refuses their writes anyway). */
const adminOnly = (page: ReactNode) => () => <RequireRole roles={['admin']}>{page}</RequireRole>;
const adminRoutes: ConsoleRoute[] = [
  { path: 'admin/organizations', element: adminOnly(<OrganizationsPage />) },
  { path: 'admin/users', element: adminOnly(<UsersPage />) },
  { path: 'admin/committees', element: adminOnly(<CommitteesPage />) },
  { path: 'admin/activity-fields', element: adminOnly(<ActivityFieldsPage />) },
  { path: 'admin/municipality-settings', element: adminOnly(<MunicipalitySettingsPage />) },
];

/** The platform operator's pages: every role of a municipality sees why not (the API refuses them anyway). */
const operatorOnly = (page: ReactNode) => () => (
  <RequireRole roles={[]} operator>
    {page}
  </RequireRole>
);
const platformRoutes: ConsoleRoute[] = [
  { path: PLATFORM_HOME.slice('/console/'.length), element: operatorOnly(<MunicipalitiesPage />) },
];

/** The operator has no dashboard (it belongs to no municipality): the console's front door leads to its page. */
function ConsoleHome() {
  const staff = useSession().hasRole(...STAFF);
  const navigate = useNavigate();
  useEffect(() => {
    if (!staff) void navigate(PLATFORM_HOME, { replace: true });
  }, [staff, navigate]);
  return staff ? <DashboardPage /> : <Loading />;
}

/** Paths below /console. */
export default function Area() {
  return (
    <RequireRole roles={STAFF} operator>
      <ConsoleNav />
      <Routes>
        <Route index element={<ConsoleHome />} />
        {[...routes, ...adminRoutes, ...platformRoutes].map(({ path, element }) => (
          <Route key={path} path={path} element={<WithParams>{element}</WithParams>} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireRole>
  );
}
