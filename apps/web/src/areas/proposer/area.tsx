import type { Route } from '../../router/router';
import { Routes, useLocation } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { NotFound } from '../../ui/components';
import { InboxPage } from './pages/inbox-page';
import { ProposalPage } from './pages/proposal-page';
import { WorkspacePage } from './pages/workspace-page';

const routes: Route[] = [
  { path: '/workspace', element: () => <WorkspacePage /> },
  { path: '/workspace/proposals/:id', element: ({ id }) => <ProposalPage id={id} /> },
];

const EVERYONE = ['proposer', 'reviewer', 'committee_member', 'committee_chair', 'secretariat', 'admin'] as const;

/** The proposer's workspace; the inbox (/inbox) belongs to every signed-in person, whatever their role. */
export default function Area() {
  const { pathname } = useLocation();
  if (pathname === '/inbox') {
    return (
      <RequireRole roles={[...EVERYONE]}>
        <InboxPage />
      </RequireRole>
    );
  }
  return (
    <RequireRole roles={['proposer']}>
      <Routes routes={routes} fallback={<NotFound />} />
    </RequireRole>
  );
}
