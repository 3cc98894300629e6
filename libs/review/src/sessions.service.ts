import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, Clock, hasRole, ValidationFailedError, VersionConflictError } from '@kyodo/platform';
import { CommitteeRepository, CommitteeSeatRepository } from '@kyodo/identity';
import { CallRepository, ProposalError, ProposalErrorCode, ProposalFactsRepository } from '@kyodo/proposals';
import { enqueueInOutbox } from '@kyodo/queues';
import { orderAgenda, slotTimes } from './agenda';
import { AssignmentRepository } from './assignments/assignment.repository';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { type MeetingClockInput, storedClock } from './meeting-clock';
import { listSessionsForCall } from './session-list';
import type { Stage } from './rubric-definition';
import { ConsensusRepository } from './sessions/consensus.repository';
import { membersToRecuse } from './sessions/recusals';
import { type SeatedSession, SessionRepository } from './sessions/session.repository';

export interface NewSession {
  committeeId: string;
  stage: Stage;
  startsAt: string;
  place: string;
  quorum: number;
  slotMinutes: { presentation: number; questions: number };
  proposalIds: string[];
  /** Department representatives and presenting proposers invited for an agenda item. */
  guests?: Array<{ kind: 'department' | 'presenter'; proposalId: string; name: string; organizationId?: string }>;
}

export interface ConsensusInput {
  scores: Record<string, number>;
  reasons: Record<string, string>;
}

/**
 * 合同評価会議: a scheduled meeting of the committee with an agenda, time
 * slots, attendance (for the quorum), a consensus score and reason per
 * criterion for each proposal, and minutes.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SessionRepository) private readonly sessions: SessionRepository,
    @Inject(ConsensusRepository) private readonly consensus: ConsensusRepository,
    @Inject(CallRepository) private readonly calls: CallRepository,
    @Inject(CommitteeRepository) private readonly committees: CommitteeRepository,
    @Inject(CommitteeSeatRepository) private readonly seats: CommitteeSeatRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
    @Inject(AssignmentRepository) private readonly assignments: AssignmentRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, callId: string, input: NewSession) {
    if (!hasRole(actor, 'secretariat')) throw new ReviewError(ReviewErrorCode.NotAllowed);
    const callMunicipality = (await this.calls.findById(callId))?.municipalityId;
    if (!callMunicipality || callMunicipality !== actor.municipalityId)
      throw new ProposalError(ProposalErrorCode.CallNotFound);
    const committeeMunicipality = (await this.committees.findById(input.committeeId))?.municipalityId;
    if (!committeeMunicipality || committeeMunicipality !== actor.municipalityId) {
      throw new ValidationFailedError([
        { field: 'committeeId', messages: ['committeeId must be a committee of this municipality'] },
      ]);
    }
    const proposals = await this.proposals.submittedAmong(input.proposalIds, callId);
    if (proposals.length !== new Set(input.proposalIds).size) {
      throw new ValidationFailedError([
        { field: 'proposalIds', messages: ['every proposal must be a submitted proposal of this call'] },
      ]);
    }
    // One read per owner, at once, where one join was.
    const [proposers, members, conflicted] = await Promise.all([
      this.proposals.proposersOf(input.proposalIds),
      this.seats.memberOrganizations(input.committeeId),
      this.assignments.conflictedReviewersOf(input.proposalIds),
    ]);
    const conflicts = membersToRecuse(proposers, members, conflicted);
    const { order, unavoidableAdjacencies } = orderAgenda([...new Set(input.proposalIds)], conflicts);
    const slots = slotTimes(new Date(input.startsAt), order.length, input.slotMinutes);
    const guests = input.guests ?? [];
    if (guests.some((g) => !input.proposalIds.includes(g.proposalId))) {
      throw new ValidationFailedError([
        { field: 'guests', messages: ['each guest must be invited for a proposal on the agenda'] },
      ]);
    }
    const agenda = order.map((proposalId, i) => ({
      proposalId,
      ...slots[i]!,
      recused: [...(conflicts.get(proposalId) ?? [])],
      guests: guests.filter((g) => g.proposalId === proposalId),
    }));
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.insert(manager, {
        id,
        municipalityId: actor.municipalityId,
        callId,
        committeeId: input.committeeId,
        stage: input.stage,
        startsAt: input.startsAt,
        place: input.place,
        quorum: input.quorum,
        slotMinutes: input.slotMinutes,
        agenda,
        guests,
      });
      const members = await this.seats.memberIds(input.committeeId, manager);
      // The invitation (with an .ics) now, and a reminder the day before.
      await enqueueInOutbox(manager, {
        name: 'notify.proposal-event',
        municipalityId: actor.municipalityId,
        payload: {
          municipalityId: actor.municipalityId!,
          sessionId: id,
          template: 'session.invitation',
          audience: 'users',
          userIds: members,
        },
      });
      await enqueueInOutbox(manager, {
        name: 'timer.session-reminder',
        municipalityId: actor.municipalityId,
        payload: {
          municipalityId: actor.municipalityId!,
          sessionId: id,
          startsAt: new Date(input.startsAt).toISOString(),
        },
        deliverAt: new Date(new Date(input.startsAt).getTime() - 86_400_000),
        effectKey: `session-reminder:${id}:${input.startsAt}`,
      });
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `call:${callId}`,
        action: 'session.scheduled',
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        after: { sessionId: id, startsAt: input.startsAt, agenda: order },
        at: this.clock.now(),
      });
    });
    return { ...(await this.get(actor, id)), unavoidableAdjacencies };
  }

  async get(actor: Actor, sessionId: string) {
    const session = await this.session(actor, sessionId);
    const consensus = await this.consensus.ofSession(sessionId);
    const members = await this.seats.seats(session.committeeId);
    return {
      id: session.id,
      callId: session.callId,
      members,
      committeeId: session.committeeId,
      stage: session.stage,
      startsAt: new Date(session.startsAt).toISOString(),
      place: session.place,
      quorum: session.quorum,
      present: session.present,
      slotMinutes: session.slotMinutes,
      agenda: session.agenda,
      minutes: session.minutes,
      clock: session.clock ?? null,
      /** The server's time now, so a device can count the shared clock from its own offset. */
      serverTime: this.clock.now().toISOString(),
      consensus: consensus.map((c) => ({ ...c, recordedAt: new Date(c.recordedAt).toISOString() })),
    };
  }

  /** The sessions of a call: all for the secretariat, those of their committees for members and chairs. */
  listForCall(actor: Actor, callId: string) {
    const sources = { calls: this.calls, sessions: this.sessions, seats: this.seats, proposals: this.proposals };
    return listSessionsForCall(sources, this.clock, actor, callId);
  }

  async recordAttendance(actor: Actor, sessionId: string, present: string[]) {
    const session = await this.session(actor, sessionId);
    this.requireChairOrSecretariat(actor, session);
    const members = await this.seats.membersAmong(session.committeeId, present);
    if (members.length !== new Set(present).size) {
      throw new ValidationFailedError([
        { field: 'present', messages: ['everyone present must be a member of the committee'] },
      ]);
    }
    await this.sessions.setPresent(sessionId, [...new Set(present)]);
    return this.get(actor, sessionId);
  }

  /** Starts, pauses or moves the room's slot timer (chair or secretariat); every device follows it. */
  async setClock(actor: Actor, sessionId: string, input: MeetingClockInput) {
    const session = await this.session(actor, sessionId);
    this.requireChairOrSecretariat(actor, session);
    if (input.agendaIndex >= session.agenda.length) {
      throw new ValidationFailedError([{ field: 'agendaIndex', messages: ['must name an item of the agenda'] }]);
    }
    await this.sessions.setClock(sessionId, storedClock(input, actor.userId, this.clock.now()));
    return this.get(actor, sessionId);
  }

  async recordConsensus(
    actor: Actor,
    sessionId: string,
    proposalId: string,
    input: ConsensusInput,
    expectedVersion: number | null = null,
  ) {
    const session = await this.session(actor, sessionId);
    if (!hasRole(actor, 'committee_chair', 'committee_member', 'secretariat'))
      throw new ReviewError(ReviewErrorCode.NotAllowed);
    const item = session.agenda.find((a) => a.proposalId === proposalId);
    if (!item) throw new ReviewError(ReviewErrorCode.NotOnAgenda);
    if (item.recused.includes(actor.userId)) throw new ReviewError(ReviewErrorCode.Conflicted);
    const missingReasons = Object.keys(input.scores).filter((key) => !input.reasons[key]?.trim());
    if (missingReasons.length > 0) {
      throw new ValidationFailedError(
        missingReasons.map((key) => ({ field: `reasons.${key}`, messages: ['each consensus score needs its reason'] })),
      );
    }
    await this.dataSource.transaction(async (manager) => {
      // With If-Match the write names the version it corrects (0: none yet). The row lock makes concurrent
      // corrections take turns; of concurrent first entries, the one that lands first wins and the rest
      // match nothing below. Either way the loser hears 409 with the current version.
      const current = (await this.consensus.lockedVersion(manager, sessionId, proposalId)) ?? 0;
      if (expectedVersion !== null && current !== expectedVersion) throw new VersionConflictError(current);
      const written = await this.consensus.write(
        manager,
        {
          sessionId,
          proposalId,
          municipalityId: actor.municipalityId,
          scores: input.scores,
          reasons: input.reasons,
          recordedBy: actor.userId,
          at: this.clock.now(),
        },
        expectedVersion,
      );
      if (!written) throw new VersionConflictError(expectedVersion ?? 0);
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `proposal:${proposalId}`,
        action: 'session.consensus_recorded',
        actorId: actor.userId,
        actorRole: hasRole(actor, 'committee_chair') ? 'committee_chair' : 'committee',
        requestId: actor.requestId,
        after: { sessionId, scores: input.scores, reasons: input.reasons },
        at: this.clock.now(),
      });
    });
    return this.get(actor, sessionId);
  }

  async recordMinutes(actor: Actor, sessionId: string, text: string) {
    const session = await this.session(actor, sessionId);
    this.requireChairOrSecretariat(actor, session);
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.setMinutes(manager, sessionId, text);
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `call:${session.callId}`,
        action: 'session.minutes_recorded',
        actorId: actor.userId,
        actorRole: hasRole(actor, 'secretariat') ? 'secretariat' : 'committee_chair',
        requestId: actor.requestId,
        after: { sessionId, length: text.length },
        at: this.clock.now(),
      });
    });
    return this.get(actor, sessionId);
  }

  /**
   * The session, for the secretariat and administrators of its municipality and for those who sit on its committee
   * (a seat on another committee of the municipality does not open it). `seat` is the caller's position on it.
   */
  private async session(actor: Actor, sessionId: string): Promise<SeatedSession> {
    // Two reads where one was: the session, then the caller's seat on its committee (libs/identity).
    const session = await this.sessions.findById(sessionId);
    const seat = session ? await this.seats.positionOf(session.committeeId, actor.userId) : null;
    const staff = hasRole(actor, 'secretariat', 'admin');
    if (!session || session.municipalityId !== actor.municipalityId || !(staff || seat)) {
      throw new ReviewError(ReviewErrorCode.SessionNotFound);
    }
    return { ...session, seat };
  }

  /** The room's chair runs it (attendance, timer, minutes), or the secretariat; chairing another committee does not. */
  private requireChairOrSecretariat(actor: Actor, session: { seat: string | null }): void {
    if (hasRole(actor, 'secretariat') || (hasRole(actor, 'committee_chair') && session.seat === 'chair')) return;
    throw new ReviewError(ReviewErrorCode.NotAllowed);
  }
}
