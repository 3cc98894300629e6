import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, Clock, hasRole, ValidationFailedError } from '@kyodo/platform';
import { CommitteeSeatRepository } from '@kyodo/identity';
import { CallRepository, ProposalFactsRepository } from '@kyodo/proposals';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { type MeetingClockInput, storedClock } from './meeting-clock';
import { listSessionsForCall } from './session-list';
import { ConsensusRepository } from './sessions/consensus.repository';
import { type SeatedSession, SessionRepository } from './sessions/session.repository';

/**
 * 合同評価会議: a scheduled meeting of the committee with an agenda, time
 * slots, attendance (for the quorum), a consensus score and reason per
 * criterion for each proposal, and minutes. Scheduling and the consensus are
 * use cases of their own (ScheduleSession, RecordConsensus); they read the session through `visible` and `get`.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SessionRepository) private readonly sessions: SessionRepository,
    @Inject(ConsensusRepository) private readonly consensus: ConsensusRepository,
    @Inject(CallRepository) private readonly calls: CallRepository,
    @Inject(CommitteeSeatRepository) private readonly seats: CommitteeSeatRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async get(actor: Actor, sessionId: string) {
    const session = await this.visible(actor, sessionId);
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
    const session = await this.visible(actor, sessionId);
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
    const session = await this.visible(actor, sessionId);
    this.requireChairOrSecretariat(actor, session);
    if (input.agendaIndex >= session.agenda.length) {
      throw new ValidationFailedError([{ field: 'agendaIndex', messages: ['must name an item of the agenda'] }]);
    }
    await this.sessions.setClock(sessionId, storedClock(input, actor.userId, this.clock.now()));
    return this.get(actor, sessionId);
  }

  async recordMinutes(actor: Actor, sessionId: string, text: string) {
    const session = await this.visible(actor, sessionId);
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
   * Not found for anyone else.
   */
  async visible(actor: Actor, sessionId: string): Promise<SeatedSession> {
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
