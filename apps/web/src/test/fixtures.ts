import type { Schema } from '../api/models';

/**
 * A proposal as the API answers it (the document's `Proposal`), for component tests: every member the document
 * requires is filled, so a test names only what it is about and a new required member is added here once.
 */
export function aProposal(overrides: Partial<Schema<'Proposal'>> = {}): Schema<'Proposal'> {
  return {
    id: 'p1',
    callId: 'c1',
    organizationId: 'o1',
    origin: 'group',
    proposalType: 'free',
    themeId: null,
    predecessorId: null,
    partnerDepartmentIds: [],
    partnerGroupIds: [],
    title: '川辺の清掃',
    content: {},
    state: 'draft',
    version: 1,
    receiptNumber: 'R-1',
    allowedEvents: [],
    returns: [],
    createdAt: '2026-04-01T00:00:00Z',
    updatedAt: '2026-04-01T00:00:00Z',
    ...overrides,
  };
}
