import { Route, Routes, useLocation } from 'react-router';
import { WithParams } from '../../router/with-params';
import { RequireRole } from '../../shell/require-role';
import { NotFound } from '../../ui/components';
import { InboxPage } from './pages/inbox-page';
import { ProposalPage } from './pages/proposal-page';
import { ProposerVersionsPage } from './pages/versions-page';
import { ConsultationPage } from '../../proposal-workflow/consultation-page';
import { WorkspacePage } from './pages/workspace-page';
import { OrganizationProfilePage } from '../../organization/organization-profile-page';
import { FeedbackPage } from '../../scheme-feedback/feedback-page';

const EVERYONE = ['proposer', 'reviewer', 'committee_member', 'committee_chair', 'secretariat', 'admin'] as const;

/** The proposer's workspace (paths below /workspace); the inbox (/inbox) belongs to every signed-in person. */
export default function Area() {
  const { pathname } = useLocation();
  if (pathname === '/inbox') {
    return (
      <RequireRole roles={[...EVERYONE]}>
        <InboxPage />
      </RequireRole>
    );
  }
  // The scheme's questionnaire: a partner department's staff are asked too, whatever their role.
  if (pathname.startsWith('/workspace/feedback/')) {
    return (
      <RequireRole roles={[...EVERYONE]}>
        <Routes>
          <Route
            path="feedback/:proposalId/:stage"
            element={
              <WithParams>
                {({ proposalId, stage }) => (
                  <FeedbackPage key={`${proposalId}/${stage}`} proposalId={proposalId} stage={stage} />
                )}
              </WithParams>
            }
          />
        </Routes>
      </RequireRole>
    );
  }
  return (
    <RequireRole roles={['proposer']}>
      <Routes>
        <Route index element={<WorkspacePage />} />
        <Route path="proposals/:id" element={<WithParams>{({ id }) => <ProposalPage id={id} />}</WithParams>} />
        <Route
          path="proposals/:id/versions"
          element={<WithParams>{({ id }) => <ProposerVersionsPage id={id} />}</WithParams>}
        />
        <Route
          path="organizations/:id"
          element={<WithParams>{({ id }) => <OrganizationProfilePage key={id} organizationId={id} />}</WithParams>}
        />
        <Route
          path="consultations/:id"
          element={<WithParams>{({ id }) => <ConsultationPage proposalId={id} backTo="/workspace" />}</WithParams>}
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireRole>
  );
}
