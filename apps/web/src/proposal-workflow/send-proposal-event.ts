import { call, newIdempotencyKey, type Input, type ResponseOf } from '../api/client';

const EVENTS = 'POST /api/v1/proposals/{id}/events';

/** The body of one lifecycle event, as the API's document types it. */
export type ProposalEventBody = NonNullable<Input<typeof EVENTS>['body']>;

/**
 * Sends one lifecycle event on the proposal as the page shows it: its version as If-Match (someone else's change
 * in between answers 409 instead of acting on what the person did not see) and a fresh idempotency key (a retried
 * request does its work once). Resolves with the proposal as it now is; `T` names the area's own proposal type.
 */
export async function sendProposalEvent<T = ResponseOf<typeof EVENTS>>(
  proposal: { id: string; version: number },
  body: ProposalEventBody,
): Promise<T> {
  return (await call(EVENTS, {
    path: { id: proposal.id },
    body,
    ifMatch: proposal.version,
    idempotencyKey: newIdempotencyKey(),
  })) as T;
}
