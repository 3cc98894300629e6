import { Route, Routes } from 'react-router';
import { WithParams } from '../../router/with-params';
import { NotFound } from '../../ui/components';
import { MunicipalityProvider } from './municipality';
import { CallsPage } from './pages/calls';
import { HomePage } from './pages/home';
import { OpenDataPage } from './pages/open-data';
import { ProposalPage } from './pages/proposal';
import { ProposalsPage } from './pages/proposals';
import { StatisticsPage } from './pages/statistics';
import { VersionPage } from './pages/version';
import './public.css';

/** Public portal: calls, disclosed proposals, statistics, open data. No sign-in. */
export default function PublicArea() {
  return (
    <MunicipalityProvider>
      <div className="public-portal">
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="calls" element={<CallsPage />} />
          <Route path="proposals" element={<ProposalsPage />} />
          <Route path="proposals/:id" element={<WithParams>{({ id }) => <ProposalPage id={id} />}</WithParams>} />
          <Route
            path="proposals/:id/:kind/versions/:version"
            element={
              <WithParams>
                {({ id, kind, version }) => <VersionPage id={id} kind={kind} version={version} />}
              </WithParams>
            }
          />
          <Route path="statistics" element={<StatisticsPage />} />
          <Route path="open-data" element={<OpenDataPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </div>
    </MunicipalityProvider>
  );
}
