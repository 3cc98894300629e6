import { type Actor, type Clock, hasRole } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import type { CallReadsRepository } from './foreign-reads/call-reads.repository';
import { ReviewError, ReviewErrorCode } from './review-errors';
import type { SessionRepository } from './sessions/session.repository';

/**
 * The sessions of a call with what the committee's list needs. The secretariat sees every one; a committee
 * member or chair those of committees they sit on.
 */
export async function listSessionsForCall(
  calls: CallReadsRepository,
  sessions: SessionRepository,
  clock: Clock,
  actor: Actor,
  callId: string,
) {
  if (!hasRole(actor, 'secretariat', 'admin', 'committee_chair', 'committee_member'))
    throw new ReviewError(ReviewErrorCode.NotAllowed);
  const call = await calls.titleOf(callId);
  if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
  const everyone = hasRole(actor, 'secretariat', 'admin');
  const rows = await sessions.listOfCall(callId, everyone, actor.userId);
  const now = clock.now().getTime();
  return {
    items: rows.map((r) => {
      const startsAt = new Date(r.startsAt);
      return {
        id: r.id,
        callId,
        title: { ja: `${call.titleJa} 合同評価会議`, en: `${call.titleEn} joint evaluation session` },
        stage: r.stage as string,
        startsAt: startsAt.toISOString(),
        place: r.place,
        quorum: r.quorum,
        agendaItems: r.items,
        decidedItems: r.decided,
        state: r.items > 0 && r.decided >= r.items ? 'concluded' : startsAt.getTime() > now ? 'scheduled' : 'held',
      };
    }),
    nextCursor: null,
  };
}
