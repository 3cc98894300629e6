import { call } from '../../api/client';
import type { ProposalScores, Rubric, Stage } from '../../api/review-models';
import type { ProposalDetail } from '../reviewer/models';
import type { Session } from './models';

/** The meeting page's view (several answers put together), not one answer: so not from the document. */
export interface SessionData {
  session: Session;
  proposals: Record<string, ProposalDetail>;
  scores: Record<string, ProposalScores | undefined>;
}

/**
 * The rubric of the session's stage (null when the call has none for it), read once: a rubric does not change
 * during a meeting, and asking again on every live update repeated a 422 for a stage without one.
 */
export async function loadSessionRubric(callId: string, stage: Stage, signal: AbortSignal): Promise<Rubric | null> {
  return call('GET /api/v1/calls/{id}/rubrics/{stage}', { path: { id: callId, stage }, signal }).then(
    (r) => r.definition,
    () => null,
  );
}

/** Everything else the meeting page shows, fetched again whenever the live stream reports a new version. */
export async function loadSessionData(id: string, signal: AbortSignal): Promise<SessionData> {
  const session = await call('GET /api/v1/sessions/{id}', { path: { id }, signal });
  const items = await Promise.all(
    session.agenda.map(async (item) => {
      const [proposal, scores] = await Promise.all([
        call('GET /api/v1/proposals/{id}', { path: { id: item.proposalId }, signal }),
        call('GET /api/v1/proposals/{id}/scores', { path: { id: item.proposalId }, signal }).catch(() => undefined),
      ]);
      return { proposal, scores };
    }),
  );
  return {
    session,
    proposals: Object.fromEntries(items.map((i) => [i.proposal.id, i.proposal])),
    scores: Object.fromEntries(items.map((i) => [i.proposal.id, i.scores])),
  };
}
