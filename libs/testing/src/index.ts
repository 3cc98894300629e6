export { ApiClient, type ApiResponse } from './api-client';
export { AddressedClient, loopbackAddresses } from './addressed-client';
export { createMunicipality, FIXTURE_PASSWORD, must, type MunicipalityFixture } from './municipality-fixture';
export { contractOf } from './api-contract';
export { ADMIN, DIST, ROOT, freePort, startSystem, waitFor, type RunningSystem, type SystemOptions } from './system';
export { createTestDatabase, TEST_DB, type TestDatabase } from './test-database';
export { completeProposalContent } from './proposal-content.fixture';
export { sessionBody, smallRubric } from './review-fixture';
export { startSmtpSink, type SmtpSink } from './smtp-sink';
export { move } from './proposal-events';
export { ACTOR_LABELS, ACTORS, type ActorKey } from './authorization-actors';
export { startTcpProxy, type TcpProxy } from './tcp-proxy';
export {
  newPerson,
  openBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signIn,
  type AxeViolation,
  type BrowserPersonOptions,
} from './browser';
