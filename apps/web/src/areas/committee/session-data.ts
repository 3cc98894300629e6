import { call } from '../../api/client';
import type { ProposalScores, Rubric } from '../../api/review-models';
import type { ProposalDetail } from '../reviewer/models';
import type { Session } from './models';

export interface SessionData {
  session: Session;
  rubric: Rubric | null;
  proposals: Record<string, ProposalDetail>;
  scores: Record<string, ProposalScores | undefined>;
}

/** Everything the meeting page shows, fetched again whenever the live stream reports a new version. */
export async function loadSessionData(id: string, signal: AbortSignal): Promise<SessionData> {
  const session = await call('GET /api/v1/sessions/{id}', { path: { id }, signal });
  const rubric = call('GET /api/v1/calls/{id}/rubrics/{stage}', {
    path: { id: session.callId, stage: session.stage },
    signal,
  }).then(
    (r) => (r as { definition: Rubric }).definition,
    () => null,
  );
  const items = await Promise.all(
    session.agenda.map(async (item) => {
      const [proposal, scores] = await Promise.all([
        call('GET /api/v1/proposals/{id}', { path: { id: item.proposalId }, signal }) as Promise<ProposalDetail>,
        (
          call('GET /api/v1/proposals/{id}/scores', {
            path: { id: item.proposalId },
            signal,
          }) as Promise<ProposalScores>
        ).catch(() => undefined),
      ]);
      return { proposal, scores };
    }),
  );
  return {
    session,
    rubric: await rubric,
    proposals: Object.fromEntries(items.map((i) => [i.proposal.id, i.proposal])),
    scores: Object.fromEntries(items.map((i) => [i.proposal.id, i.scores])),
  };
}
