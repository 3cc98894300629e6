import { call, type Input, type OperationKey } from '../api/client';
import type { Page, Schema } from '../api/models';

export type ProposalView = Schema<'Proposal'>;

/** One call answered as the document's own schema (the areas' models declare narrower shapes of the same answers). */
function typed<T, K extends OperationKey>(operation: K, input?: Input<K>): Promise<T> {
  return call(operation, input) as Promise<T>;
}

/** What the shared proposal pages read. */
export const proposalReads = {
  one: (id: string, signal?: AbortSignal) =>
    typed<ProposalView, 'GET /api/v1/proposals/{id}'>('GET /api/v1/proposals/{id}', { path: { id }, signal }),
  inState: (state: string, signal?: AbortSignal) =>
    typed<Page<ProposalView>, 'GET /api/v1/proposals'>('GET /api/v1/proposals', {
      query: { state, limit: 100 },
      signal,
    }),
  versions: (id: string, signal?: AbortSignal) =>
    typed<Array<Schema<'ProposalVersion'>>, 'GET /api/v1/proposals/{id}/versions'>(
      'GET /api/v1/proposals/{id}/versions',
      { path: { id }, signal },
    ),
  diff: (id: string, from: number, to: number, signal?: AbortSignal) =>
    typed<Schema<'ProposalVersionDiff'>, 'GET /api/v1/proposals/{id}/versions/diff'>(
      'GET /api/v1/proposals/{id}/versions/diff',
      { path: { id }, query: { from, to }, signal },
    ),
};
