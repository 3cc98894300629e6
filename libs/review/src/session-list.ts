import type { DataSource } from 'typeorm';
import { type Actor, type Clock, hasRole } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import { ReviewError, ReviewErrorCode } from './review-errors';

/**
 * The sessions of a call with what the committee's list needs. The secretariat sees every one; a committee
 * member or chair those of committees they sit on.
 */
export async function listSessionsForCall(dataSource: DataSource, clock: Clock, actor: Actor, callId: string) {
  if (!hasRole(actor, 'secretariat', 'admin', 'committee_chair', 'committee_member'))
    throw new ReviewError(ReviewErrorCode.NotAllowed);
  const [call] = await dataSource.query('SELECT municipality_id, title_ja, title_en FROM calls WHERE id = $1', [
    callId,
  ]);
  if (!call || call.municipality_id !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
  const everyone = hasRole(actor, 'secretariat', 'admin');
  const rows: Array<Record<string, unknown>> = await dataSource.query(
    `SELECT s.id, s.stage, s.starts_at, s.place, s.quorum, s.committee_id, jsonb_array_length(s.agenda)::int AS items,
            (SELECT count(*)::int FROM proposals p
              WHERE p.id IN (SELECT (e->>'proposalId')::uuid FROM jsonb_array_elements(s.agenda) e)
                AND p.state NOT IN ('review', 'jointEvaluation') AND p.state NOT LIKE 'submitted%') AS decided
       FROM evaluation_sessions s
      WHERE s.call_id = $1 AND ($2::boolean OR EXISTS (
            SELECT 1 FROM committee_members m WHERE m.committee_id = s.committee_id AND m.user_id = $3))
      ORDER BY s.starts_at, s.id`,
    [callId, everyone, actor.userId],
  );
  const now = clock.now().getTime();
  return {
    items: rows.map((r) => {
      const startsAt = new Date(r.starts_at as string);
      const items = r.items as number;
      const decided = r.decided as number;
      return {
        id: r.id as string,
        callId,
        title: { ja: `${call.title_ja} 合同評価会議`, en: `${call.title_en} joint evaluation session` },
        stage: r.stage as string,
        startsAt: startsAt.toISOString(),
        place: r.place as string,
        quorum: r.quorum as number,
        agendaItems: items,
        decidedItems: decided,
        state: items > 0 && decided >= items ? 'concluded' : startsAt.getTime() > now ? 'scheduled' : 'held',
      };
    }),
    nextCursor: null,
  };
}
