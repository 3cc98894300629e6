import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, type Clock, hasRole, ValidationFailedError, VersionConflictError } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import { enqueueInOutbox } from '@kyodo/queues';
import { orderAgenda, slotTimes } from './agenda';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { type MeetingClockInput, storedClock } from './meeting-clock';
import { listSessionsForCall } from './session-list';
import type { Stage } from './rubric-definition';

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
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, callId: string, input: NewSession) {
    if (!hasRole(actor, 'secretariat')) throw new ReviewError(ReviewErrorCode.NotAllowed);
    const [call] = await this.dataSource.query('SELECT municipality_id FROM calls WHERE id = $1', [callId]);
    if (!call || call.municipality_id !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    const [committee] = await this.dataSource.query('SELECT municipality_id FROM committees WHERE id = $1', [
      input.committeeId,
    ]);
    if (!committee || committee.municipality_id !== actor.municipalityId) {
      throw new ValidationFailedError([
        { field: 'committeeId', messages: ['committeeId must be a committee of this municipality'] },
      ]);
    }
    const proposals: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM proposals WHERE id = ANY($1::uuid[]) AND call_id = $2 AND state <> 'draft'`,
      [input.proposalIds, callId],
    );
    if (proposals.length !== new Set(input.proposalIds).size) {
      throw new ValidationFailedError([
        { field: 'proposalIds', messages: ['every proposal must be a submitted proposal of this call'] },
      ]);
    }
    const conflicts = await this.conflictedMembers(input.committeeId, input.proposalIds);
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
      await manager.query(
        `INSERT INTO evaluation_sessions (id, municipality_id, call_id, committee_id, stage, starts_at, place, quorum, slot_minutes, agenda, guests)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          actor.municipalityId,
          callId,
          input.committeeId,
          input.stage,
          input.startsAt,
          input.place,
          input.quorum,
          input.slotMinutes,
          JSON.stringify(agenda),
          JSON.stringify(guests),
        ],
      );
      const members: Array<{ user_id: string }> = await manager.query(
        'SELECT user_id FROM committee_members WHERE committee_id = $1 ORDER BY user_id',
        [input.committeeId],
      );
      // The invitation (with an .ics) now, and a reminder the day before.
      await enqueueInOutbox(manager, {
        name: 'notify.proposal-event',
        municipalityId: actor.municipalityId,
        payload: {
          municipalityId: actor.municipalityId!,
          sessionId: id,
          template: 'session.invitation',
          audience: 'users',
          userIds: members.map((m) => m.user_id),
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
    const consensus = await this.dataSource.query(
      'SELECT proposal_id, scores, reasons, recorded_by, recorded_at, version FROM consensus_scores WHERE session_id = $1',
      [sessionId],
    );
    const members: Array<{ user_id: string; display_name: string; position: string }> = await this.dataSource.query(
      `SELECT m.user_id, u.display_name, m.position FROM committee_members m JOIN users u ON u.id = m.user_id
        WHERE m.committee_id = $1 ORDER BY m.position, u.display_name, m.user_id`,
      [session.committee_id],
    );
    return {
      id: session.id,
      callId: session.call_id,
      members: members.map((m) => ({ userId: m.user_id, displayName: m.display_name, position: m.position })),
      committeeId: session.committee_id,
      stage: session.stage,
      startsAt: new Date(session.starts_at).toISOString(),
      place: session.place,
      quorum: session.quorum,
      present: session.present,
      slotMinutes: session.slot_minutes,
      agenda: session.agenda,
      minutes: session.minutes,
      clock: session.clock ?? null,
      /** The server's time now, so a device can count the shared clock from its own offset. */
      serverTime: this.clock.now().toISOString(),
      consensus: consensus.map((c: Record<string, unknown>) => ({
        proposalId: c.proposal_id,
        scores: c.scores,
        reasons: c.reasons,
        recordedBy: c.recorded_by,
        recordedAt: new Date(c.recorded_at as string).toISOString(),
        version: c.version,
      })),
    };
  }

  /** The sessions of a call: all for the secretariat, those of their committees for members and chairs. */
  listForCall(actor: Actor, callId: string) {
    return listSessionsForCall(this.dataSource, this.clock, actor, callId);
  }

  async recordAttendance(actor: Actor, sessionId: string, present: string[]) {
    const session = await this.session(actor, sessionId);
    this.requireChairOrSecretariat(actor, session);
    const members: Array<{ user_id: string }> = await this.dataSource.query(
      'SELECT user_id FROM committee_members WHERE committee_id = $1 AND user_id = ANY($2::uuid[])',
      [session.committee_id, present],
    );
    if (members.length !== new Set(present).size) {
      throw new ValidationFailedError([
        { field: 'present', messages: ['everyone present must be a member of the committee'] },
      ]);
    }
    await this.dataSource.query('UPDATE evaluation_sessions SET present = $2::uuid[] WHERE id = $1', [
      sessionId,
      [...new Set(present)],
    ]);
    return this.get(actor, sessionId);
  }

  /** Starts, pauses or moves the room's slot timer (chair or secretariat); every device follows it. */
  async setClock(actor: Actor, sessionId: string, input: MeetingClockInput) {
    const session = await this.session(actor, sessionId);
    this.requireChairOrSecretariat(actor, session);
    if (input.agendaIndex >= (session.agenda as unknown[]).length) {
      throw new ValidationFailedError([{ field: 'agendaIndex', messages: ['must name an item of the agenda'] }]);
    }
    await this.dataSource.query('UPDATE evaluation_sessions SET clock = $2::jsonb WHERE id = $1', [
      sessionId,
      JSON.stringify(storedClock(input, actor.userId, this.clock.now())),
    ]);
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
    const item = (session.agenda as Array<{ proposalId: string; recused: string[] }>).find(
      (a) => a.proposalId === proposalId,
    );
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
      const [current] = await manager.query(
        'SELECT version FROM consensus_scores WHERE session_id = $1 AND proposal_id = $2 FOR UPDATE',
        [sessionId, proposalId],
      );
      if (expectedVersion !== null && (current?.version ?? 0) !== expectedVersion) {
        throw new VersionConflictError(current?.version ?? 0);
      }
      const written = await manager.query(
        `INSERT INTO consensus_scores (session_id, proposal_id, municipality_id, scores, reasons, recorded_by, recorded_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
         ON CONFLICT (session_id, proposal_id) DO UPDATE SET scores = EXCLUDED.scores, reasons = EXCLUDED.reasons,
           recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at, version = consensus_scores.version + 1
           WHERE $8::int IS NULL OR consensus_scores.version = $8::int
         RETURNING version`,
        [
          sessionId,
          proposalId,
          actor.municipalityId,
          input.scores,
          input.reasons,
          actor.userId,
          this.clock.now(),
          expectedVersion,
        ],
      );
      if (written.length === 0) throw new VersionConflictError(expectedVersion ?? 0);
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
      await manager.query('UPDATE evaluation_sessions SET minutes = $2 WHERE id = $1', [sessionId, text]);
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `call:${session.call_id}`,
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
  private async session(actor: Actor, sessionId: string) {
    const [session] = await this.dataSource.query(
      `SELECT s.*, (SELECT m.position FROM committee_members m WHERE m.committee_id = s.committee_id AND m.user_id = $2) AS seat
         FROM evaluation_sessions s WHERE s.id = $1`,
      [sessionId, actor.userId],
    );
    const staff = hasRole(actor, 'secretariat', 'admin');
    if (!session || session.municipality_id !== actor.municipalityId || !(staff || session.seat)) {
      throw new ReviewError(ReviewErrorCode.SessionNotFound);
    }
    return session;
  }

  /** The room's chair runs it (attendance, timer, minutes), or the secretariat; chairing another committee does not. */
  private requireChairOrSecretariat(actor: Actor, session: { seat: string | null }): void {
    if (hasRole(actor, 'secretariat') || (hasRole(actor, 'committee_chair') && session.seat === 'chair')) return;
    throw new ReviewError(ReviewErrorCode.NotAllowed);
  }

  /** Committee members who must leave the room for each proposal. */
  private async conflictedMembers(committeeId: string, proposalIds: string[]): Promise<Map<string, Set<string>>> {
    const rows: Array<{ proposal_id: string; user_id: string }> = await this.dataSource.query(
      `SELECT p.id AS proposal_id, cm.user_id
         FROM proposals p JOIN committee_members cm ON cm.committee_id = $1
        WHERE p.id = ANY($2::uuid[]) AND (
          EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = cm.user_id
                   AND (m.organization_id = p.organization_id OR m.organization_id = ANY(p.partner_department_ids)))
          OR EXISTS (SELECT 1 FROM review_assignments a WHERE a.proposal_id = p.id AND a.reviewer_id = cm.user_id AND a.status = 'conflicted'))`,
      [committeeId, proposalIds],
    );
    const map = new Map<string, Set<string>>();
    for (const row of rows) map.set(row.proposal_id, (map.get(row.proposal_id) ?? new Set()).add(row.user_id));
    return map;
  }
}
