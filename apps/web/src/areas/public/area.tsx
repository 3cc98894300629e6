import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
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
const routes: Route[] = [
  { path: '/', element: () => <HomePage /> },
  { path: '/calls', element: () => <CallsPage /> },
  { path: '/proposals', element: () => <ProposalsPage /> },
  { path: '/proposals/:id', element: ({ id }) => <ProposalPage id={id!} /> },
  {
    path: '/proposals/:id/:kind/versions/:version',
    element: ({ id, kind, version }) => <VersionPage id={id!} kind={kind!} version={version!} />,
  },
  { path: '/statistics', element: () => <StatisticsPage /> },
  { path: '/open-data', element: () => <OpenDataPage /> },
];

export default function PublicArea() {
  return (
    <MunicipalityProvider>
      <div className="public-portal">
        <Routes routes={routes} fallback={<NotFound />} />
      </div>
    </MunicipalityProvider>
  );
}
