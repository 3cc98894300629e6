import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { WithParams } from '../../router/with-params';
import { Loading, NotFound } from '../../ui/components';
import { MunicipalityBanner, MunicipalityContact } from './components/municipality-contact';
import { FuriganaProvider, FuriganaSwitch } from './furigana';
import { MunicipalityProvider, useMunicipality } from './municipality';
import { CallsPage } from './pages/calls';
import { HomePage } from './pages/home';
import { ProposalPage } from './pages/proposal';
import { ProposalsPage } from './pages/proposals';
import './public.css';

/*
 * The pages people arrive on (the portal's top, calls, the disclosed proposals and one proposal) come with the
 * portal's script. The others load when opened, not with every visit: a group registers once; statistics, open
 * data, comparison, a group's track record and an earlier version are reached from those pages.
 */
const GroupRegistrationPage = lazy(() =>
  import('./pages/group-registration').then((m) => ({ default: m.GroupRegistrationPage })),
);
const GroupRegistrationConfirmPage = lazy(() =>
  import('./pages/group-registration-confirm').then((m) => ({ default: m.GroupRegistrationConfirmPage })),
);
const StatisticsPage = lazy(() => import('./pages/statistics').then((m) => ({ default: m.StatisticsPage })));
const OpenDataPage = lazy(() => import('./pages/open-data').then((m) => ({ default: m.OpenDataPage })));
const ComparePage = lazy(() => import('./pages/compare').then((m) => ({ default: m.ComparePage })));
const TrackRecordPage = lazy(() => import('./pages/track-record').then((m) => ({ default: m.TrackRecordPage })));
const VersionPage = lazy(() => import('./pages/version').then((m) => ({ default: m.VersionPage })));

/** Public portal: calls, disclosed proposals, statistics, open data. No sign-in. */
export default function PublicArea() {
  return (
    <MunicipalityProvider>
      <FuriganaProvider>
        <div className="public-portal">
          <PortalBanner />
          <FuriganaSwitch />
          <Suspense fallback={<Loading />}>
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
              <Route
                path="groups/:id/track-record"
                element={<WithParams>{({ id }) => <TrackRecordPage groupId={id} />}</WithParams>}
              />
              <Route path="statistics" element={<StatisticsPage />} />
              <Route path="open-data" element={<OpenDataPage />} />
              <Route path="compare" element={<ComparePage />} />
              <Route path="group-registration" element={<GroupRegistrationPage />} />
              <Route
                path="group-registration/confirm/:token"
                element={<WithParams>{({ token }) => <GroupRegistrationConfirmPage token={token} />}</WithParams>}
              />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
          <PortalFooter />
        </div>
      </FuriganaProvider>
    </MunicipalityProvider>
  );
}

/** The chosen municipality's emblem and name above every portal page. */
function PortalBanner() {
  const { current } = useMunicipality();
  return current ? <MunicipalityBanner code={current.code} /> : null;
}

/** The secretariat's contact (お問い合わせ先) below every portal page, for the chosen municipality. */
function PortalFooter() {
  const { current } = useMunicipality();
  return current ? (
    <footer className="public-footer">
      <MunicipalityContact code={current.code} />
    </footer>
  ) : null;
}
