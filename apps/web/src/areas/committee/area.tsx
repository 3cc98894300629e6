import { Route, Routes } from 'react-router';
import { WithParams } from '../../router/with-params';
import { RequireRole } from '../../shell/require-role';
import { NotFound } from '../../ui/components';
import { SessionPage } from './session-page';
import { SessionsPage } from './sessions-page';
import { AssessPage } from './assessment/assess-page';
import { ProjectsPage } from './assessment/projects-page';
import './committee.css';

/** Paths below /committee. */
export default function Area() {
  return (
    <RequireRole roles={['committee_member', 'committee_chair', 'secretariat']}>
      <Routes>
        <Route index element={<SessionsPage />} />
        <Route path="sessions/:id" element={<WithParams>{({ id }) => <SessionPage id={id} />}</WithParams>} />
        <Route path="projects" element={<ProjectsPage />} />
        <Route path="projects/:id" element={<WithParams>{({ id }) => <AssessPage id={id} />}</WithParams>} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireRole>
  );
}
