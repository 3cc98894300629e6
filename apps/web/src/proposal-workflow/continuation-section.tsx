import { call } from '../api/client';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { ContinuationDetails } from './continuation-details';

/**
 * 継続事業 on a staff page (reviewer, secretariat, committee). `submitted` is the reviewer's own sheet: when it goes
 * in, the record is read again, since the blind rule lets it through from then on.
 */
export function ContinuationSection({ proposalId, submitted = false }: { proposalId: string; submitted?: boolean }) {
  const continuation = useApiQuery([...keys.proposals.continuation(proposalId), submitted], (signal) =>
    call('GET /api/v1/proposals/{id}/continuation', { path: { id: proposalId }, signal }),
  );
  // Quiet while loading or on failure: the section adds to the page, the page does not wait for it.
  return continuation.data ? <ContinuationDetails continuation={continuation.data} /> : null;
}
