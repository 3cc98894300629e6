export { ApiClient, type ApiResponse } from './api-client';
export { AddressedClient, loopbackAddresses } from './addressed-client';
export { createMunicipality, FIXTURE_PASSWORD, must, type MunicipalityFixture } from './municipality-fixture';
export { contractOf } from './api-contract';
export { ADMIN, DIST, ROOT, freePort, startSystem, waitFor, type RunningSystem, type SystemOptions } from './system';
export { createTestDatabase, TEST_DB, type TestDatabase } from './test-database';
export { completeProposalContent } from './proposal-content.fixture';
export { sessionBody, smallRubric } from './review-fixture';
export { startSmtpSink, type SmtpSink } from './smtp-sink';
export { startS3Server, type TestS3Server } from './s3-server';
export { move, proposalsInReview } from './proposal-events';
export { ACTOR_LABELS, ACTORS, type ActorKey } from './authorization-actors';
export { minimalPdf } from './sample-pdf';
export {
  EXCEL_MACRO_MAIN,
  genuineDocx,
  genuinePdf,
  genuineXlsx,
  OFFICE,
  rawZip,
  type RawEntry,
  textEntry,
  VBA_BIN,
  VBA_PROJECT,
  WORD_MACRO_MAIN,
  zerosEntry,
} from './attachment-samples';
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
export { pdfText } from './pdf-text';
export { startOidcProvider, type TestOidcAccount, type TestOidcClient, type TestOidcProvider } from './oidc-provider';
export { startStreamingPair, type StreamingPair } from './streaming-replica';
export { startPublicFace, type PublicFace } from './public-face';
