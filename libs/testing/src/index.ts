export { ApiClient, type ApiResponse } from './api-client';
export { createMunicipality, must, type MunicipalityFixture } from './municipality-fixture';
export { ADMIN, DIST, ROOT, freePort, startSystem, waitFor, type RunningSystem } from './system';
export { createTestDatabase, TEST_DB, type TestDatabase } from './test-database';
export { completeProposalContent } from './proposal-content.fixture';
export { smallRubric } from './review-fixture';
export { startSmtpSink, type SmtpSink } from './smtp-sink';
export { move } from './proposal-events';
export { ACTOR_LABELS, ACTORS, type ActorKey } from './authorization-actors';
