import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { NotFound } from '../../ui/components';
import { SessionPage } from './session-page';
import { SessionsPage } from './sessions-page';
import './committee.css';

const routes: Route[] = [
  { path: '/committee', element: () => <SessionsPage /> },
  { path: '/committee/sessions/:id', element: ({ id }) => <SessionPage id={id} /> },
];

export default function Area() {
  return (
    <RequireRole roles={['committee_member', 'committee_chair', 'secretariat']}>
      <Routes routes={routes} fallback={<NotFound />} />
    </RequireRole>
  );
}
