import { Route, Routes } from 'react-router';
import { WithParams } from '../../router/with-params';
import { RequireRole } from '../../shell/require-role';
import { NotFound } from '../../ui/components';
import { ConsultationPage } from '../../proposal-workflow/consultation-page';
import { QueuePage } from './queue-page';
import { SheetPage } from './sheet-page';
import './reviewer.css';

/** Paths below /review. */
export default function Area() {
  return (
    <RequireRole roles={['reviewer', 'committee_member', 'committee_chair']}>
      <Routes>
        <Route index element={<QueuePage />} />
        <Route path="assignments/:id" element={<WithParams>{({ id }) => <SheetPage id={id} />}</WithParams>} />
        <Route
          path="consultations/:id"
          element={<WithParams>{({ id }) => <ConsultationPage proposalId={id} backTo="/review" />}</WithParams>}
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireRole>
  );
}
