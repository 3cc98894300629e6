import { call, newIdempotencyKey } from '../../../api/client';
import type { Partnership } from '../../../partnership/partnership-models';

type PartnershipEvent =
  { type: 'START' } | { type: 'END' } | { type: 'RESOLVE_CONDITION'; conditionId: string; note: string };

/** An event with no row of its own, through the proposal's events route at the version the page last read. */
export function sendEvent(partnership: Partnership, event: PartnershipEvent) {
  return call('POST /api/v1/proposals/{id}/events', {
    path: { id: partnership.proposal.id },
    body: event,
    ifMatch: partnership.proposal.version,
    idempotencyKey: newIdempotencyKey(),
  });
}
