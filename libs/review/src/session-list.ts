import { type Actor, type Clock, englishOr, hasRole } from '@kyodo/platform';
import type { CommitteeSeatRepository } from '@kyodo/identity';
import { type CallRepository, ProposalError, ProposalErrorCode, type ProposalFactsRepository } from '@kyodo/proposals';
import { ReviewError, ReviewErrorCode } from './review-errors';
import type { SessionRepository } from './sessions/session.repository';

/** What the list reads, from each owner. */
export interface SessionListSources {
  calls: CallRepository;
  sessions: SessionRepository;
  seats: CommitteeSeatRepository;
  proposals: ProposalFactsRepository;
}

/**
 * The sessions of a call with what the committee's list needs. The secretariat sees every one; a committee
 * member or chair those of committees they sit on. An agenda item counts as decided once its proposal has left
 * review and joint evaluation. Reads: the call and the caller's committees at once, the sessions, then which of
 * their proposals are decided (one more round trip than the single join this replaces).
 */
export async function listSessionsForCall(
  { calls, sessions, seats, proposals }: SessionListSources,
  clock: Clock,
  actor: Actor,
  callId: string,
) {
  if (!hasRole(actor, 'secretariat', 'admin', 'committee_chair', 'committee_member'))
    throw new ReviewError(ReviewErrorCode.NotAllowed);
  const everyone = hasRole(actor, 'secretariat', 'admin');
  const [call, committeeIds] = await Promise.all([
    calls.findById(callId),
    everyone ? null : seats.committeesOf(actor.userId),
  ]);
  if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
  const rows = await sessions.listOfCall(callId, committeeIds);
  const onAgendas = [...new Set(rows.flatMap((r) => r.agendaProposalIds))];
  const decided = onAgendas.length > 0 ? await proposals.decidedAmong(onAgendas) : new Set<string>();
  const now = clock.now().getTime();
  return {
    items: rows.map((r) => {
      const startsAt = new Date(r.startsAt);
      const items = r.agendaProposalIds.length;
      const decidedItems = new Set(r.agendaProposalIds.filter((id) => decided.has(id))).size;
      return {
        id: r.id,
        callId,
        title: {
          ja: `${call.titleJa} 合同評価会議`,
          en: `${englishOr(call.titleJa, call.titleEn)} joint evaluation session`,
        },
        stage: r.stage as string,
        startsAt: startsAt.toISOString(),
        place: r.place,
        quorum: r.quorum,
        agendaItems: items,
        decidedItems,
        state: items > 0 && decidedItems >= items ? 'concluded' : startsAt.getTime() > now ? 'scheduled' : 'held',
      };
    }),
    nextCursor: null,
  };
}
