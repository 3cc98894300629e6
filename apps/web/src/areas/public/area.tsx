import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { WithParams } from '../../router/with-params';
import { Loading, NotFound } from '../../ui/components';
import { MunicipalityBanner, MunicipalityContact } from './components/municipality-contact';
import { FuriganaProvider, FuriganaSwitch } from './furigana';
import { MunicipalityProvider, useMunicipality } from './municipality';
import { CallsPage } from './pages/calls';
import { ComparePage } from './pages/compare';
import { HomePage } from './pages/home';
import { OpenDataPage } from './pages/open-data';
import { ProposalPage } from './pages/proposal';
import { ProposalsPage } from './pages/proposals';
import { StatisticsPage } from './pages/statistics';
import { TrackRecordPage } from './pages/track-record';
import { VersionPage } from './pages/version';
import './public.css';

// A group registers once: its pages load when opened, not with every visit to the portal.
const GroupRegistrationPage = lazy(() =>
  import('./pages/group-registration').then((m) => ({ default: m.GroupRegistrationPage })),
);
const GroupRegistrationConfirmPage = lazy(() =>
  import('./pages/group-registration-confirm').then((m) => ({ default: m.GroupRegistrationConfirmPage })),
);

/** Public portal: calls, disclosed proposals, statistics, open data. No sign-in. */
export default function PublicArea() {
  return (
    <MunicipalityProvider>
      <FuriganaProvider>
        <div className="public-portal">
          <PortalBanner />
          <FuriganaSwitch />
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
            <Route
              path="group-registration"
              element={
                <Suspense fallback={<Loading />}>
                  <GroupRegistrationPage />
                </Suspense>
              }
            />
            <Route
              path="group-registration/confirm/:token"
              element={
                <Suspense fallback={<Loading />}>
                  <WithParams>{({ token }) => <GroupRegistrationConfirmPage token={token} />}</WithParams>
                </Suspense>
              }
            />
            <Route path="*" element={<NotFound />} />
          </Routes>
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
