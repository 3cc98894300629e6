import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MeetingClock } from '../meeting-clock';
import type { Stage } from '../rubric-definition';
import type { AgendaItem, SessionGuest } from './evaluation-session.entity';

/** A session as read, with the reader's seat on its committee ('chair', 'member', or null for none). */
export interface SeatedSession {
  id: string;
  municipalityId: string;
  callId: string;
  committeeId: string;
  stage: Stage;
  startsAt: Date;
  place: string;
  quorum: number;
  slotMinutes: { presentation: number; questions: number };
  agenda: AgendaItem[];
  present: string[];
  minutes: string | null;
  clock: MeetingClock | null;
  seat: string | null;
}

export interface NewSessionRow {
  id: string;
  municipalityId: string | null;
  callId: string;
  committeeId: string;
  stage: Stage;
  startsAt: string;
  place: string;
  quorum: number;
  slotMinutes: { presentation: number; questions: number };
  agenda: AgendaItem[];
  guests: SessionGuest[];
}

/** One session in a call's list, with how many of its agenda items are decided. */
export interface SessionListRow {
  id: string;
  stage: Stage;
  startsAt: Date;
  place: string;
  quorum: number;
  committeeId: string;
  items: number;
  decided: number;
}

/** A session that has the proposal on its agenda, as the quorum check reads it. */
export interface QuorumSession {
  quorum: number;
  present: string[];
  agenda: Array<{ proposalId: string; recused: string[] }>;
}

/** When and where a session meets, whose committee it is, and how long its agenda runs (for calendars). */
export interface SessionSchedule {
  id: string;
  startsAt: Date;
  place: string;
  committeeId: string;
  /** How many items its agenda has. */
  items: number | null;
  /** Minutes per agenda item (presentation and questions); null when unset. */
  slotMinutes: number | null;
}

/** What the live view of a session watches: its own fields and, per agenda proposal, sheets and consensus. */
export interface LiveState {
  present: string[];
  minutes: string | null;
  clock: MeetingClock | null;
  proposals: Array<{
    proposalId: string;
    state: string;
    version: number;
    assigned: number;
    submitted: number;
    /** Every assignment's id, status and submission time: any change to a sheet changes it. */
    sheets: string | null;
    consensusVersion: number | null;
  }>;
}

interface SessionRow {
  id: string;
  municipality_id: string;
  call_id: string;
  committee_id: string;
  stage: Stage;
  starts_at: Date;
  place: string;
  quorum: number;
  slot_minutes: { presentation: number; questions: number };
  agenda: AgendaItem[];
  present: string[];
  minutes: string | null;
  clock: MeetingClock | null;
  seat: string | null;
}

/** 合同評価会議 rows: schedule, agenda, attendance, minutes and the room's timer. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(manager: EntityManager, session: NewSessionRow): Promise<void> {
    await manager.query(
      `INSERT INTO evaluation_sessions (id, municipality_id, call_id, committee_id, stage, starts_at, place, quorum, slot_minutes, agenda, guests)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        session.id,
        session.municipalityId,
        session.callId,
        session.committeeId,
        session.stage,
        session.startsAt,
        session.place,
        session.quorum,
        session.slotMinutes,
        JSON.stringify(session.agenda),
        JSON.stringify(session.guests),
      ],
    );
  }

  /** The session with the user's seat on its committee, or null when there is no such session. */
  async withSeat(sessionId: string, userId: string): Promise<SeatedSession | null> {
    const [row]: SessionRow[] = await this.db.query(
      `SELECT s.id, s.municipality_id, s.call_id, s.committee_id, s.stage, s.starts_at, s.place, s.quorum,
              s.slot_minutes, s.agenda, s.present, s.minutes, s.clock,
              (SELECT m.position FROM committee_members m WHERE m.committee_id = s.committee_id AND m.user_id = $2) AS seat
         FROM evaluation_sessions s WHERE s.id = $1`,
      [sessionId, userId],
    );
    if (!row) return null;
    return {
      id: row.id,
      municipalityId: row.municipality_id,
      callId: row.call_id,
      committeeId: row.committee_id,
      stage: row.stage,
      startsAt: row.starts_at,
      place: row.place,
      quorum: row.quorum,
      slotMinutes: row.slot_minutes,
      agenda: row.agenda,
      present: row.present,
      minutes: row.minutes,
      clock: row.clock,
      seat: row.seat,
    };
  }

  /** The schedule of each of the sessions, by id: one query for them all. */
  async schedulesOf(ids: string[]): Promise<Map<string, SessionSchedule>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{
      id: string;
      starts_at: Date | string;
      place: string;
      committee_id: string;
      items: number | null;
      slot: number | null;
    }> = await this.db.query(
      `SELECT id, starts_at, place, committee_id, jsonb_array_length(agenda) AS items,
              (slot_minutes->>'presentation')::int + (slot_minutes->>'questions')::int AS slot
         FROM evaluation_sessions WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          startsAt: new Date(r.starts_at),
          place: r.place,
          committeeId: r.committee_id,
          items: r.items,
          slotMinutes: r.slot,
        },
      ]),
    );
  }

  async setPresent(sessionId: string, present: string[]): Promise<void> {
    await this.db.query('UPDATE evaluation_sessions SET present = $2::uuid[] WHERE id = $1', [sessionId, present]);
  }

  async setClock(sessionId: string, clock: MeetingClock): Promise<void> {
    await this.db.query('UPDATE evaluation_sessions SET clock = $2::jsonb WHERE id = $1', [
      sessionId,
      JSON.stringify(clock),
    ]);
  }

  async setMinutes(manager: EntityManager, sessionId: string, text: string): Promise<void> {
    await manager.query('UPDATE evaluation_sessions SET minutes = $2 WHERE id = $1', [sessionId, text]);
  }

  /**
   * The call's sessions in time order: all of them when `everyone`, else those of committees the user sits on.
   * An agenda item counts as decided once its proposal has left review and joint evaluation.
   */
  async listOfCall(callId: string, everyone: boolean, userId: string): Promise<SessionListRow[]> {
    const rows: Array<{
      id: string;
      stage: Stage;
      starts_at: Date;
      place: string;
      quorum: number;
      committee_id: string;
      items: number;
      decided: number;
    }> = await this.db.query(
      `SELECT s.id, s.stage, s.starts_at, s.place, s.quorum, s.committee_id, jsonb_array_length(s.agenda)::int AS items,
              (SELECT count(*)::int FROM proposals p
                WHERE p.id IN (SELECT (e->>'proposalId')::uuid FROM jsonb_array_elements(s.agenda) e)
                  AND p.state NOT IN ('review', 'jointEvaluation') AND p.state NOT LIKE 'submitted%') AS decided
         FROM evaluation_sessions s
        WHERE s.call_id = $1 AND ($2::boolean OR EXISTS (
              SELECT 1 FROM committee_members m WHERE m.committee_id = s.committee_id AND m.user_id = $3))
        ORDER BY s.starts_at, s.id`,
      [callId, everyone, userId],
    );
    return rows.map((r) => ({
      id: r.id,
      stage: r.stage,
      startsAt: r.starts_at,
      place: r.place,
      quorum: r.quorum,
      committeeId: r.committee_id,
      items: r.items,
      decided: r.decided,
    }));
  }

  /** The sessions with the proposal on their agenda whose committee the user chairs. */
  async chairedWithProposal(proposalId: string, userId: string | null): Promise<QuorumSession[]> {
    return this.db.query(
      `SELECT s.quorum, s.present, s.agenda FROM evaluation_sessions s
        WHERE s.agenda @> $1::jsonb
          AND EXISTS (SELECT 1 FROM committee_members m
                       WHERE m.committee_id = s.committee_id AND m.user_id = $2 AND m.position = 'chair')`,
      [JSON.stringify([{ proposalId }]), userId],
    );
  }

  /**
   * Committee members who must leave the room for each proposal: they belong to the proposing organisation or a
   * named partner department, or were found or declared conflicted as its reviewer.
   */
  async membersToRecuse(committeeId: string, proposalIds: string[]): Promise<Map<string, Set<string>>> {
    const rows: Array<{ proposal_id: string; user_id: string }> = await this.db.query(
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

  /** Everything the live view watches, in one cheap read; null when there is no such session. */
  async liveState(sessionId: string): Promise<LiveState | null> {
    const [session]: Array<{
      stage: Stage;
      agenda: Array<{ proposalId: string }>;
      present: string[];
      minutes: string | null;
      clock: MeetingClock | null;
    }> = await this.db.query('SELECT stage, agenda, present, minutes, clock FROM evaluation_sessions WHERE id = $1', [
      sessionId,
    ]);
    if (!session) return null;
    const ids = session.agenda.map((a) => a.proposalId);
    const rows: Array<{
      proposal_id: string;
      state: string;
      version: number;
      assigned: number;
      submitted: number;
      sheets: string | null;
      consensus_version: number | null;
    }> = await this.db.query(
      `SELECT p.id AS proposal_id, p.state, p.version,
              count(a.id) FILTER (WHERE a.status <> 'conflicted')::int AS assigned,
              count(a.id) FILTER (WHERE a.status IN ('submitted', 'locked'))::int AS submitted,
              string_agg(a.id::text || a.status || coalesce(s.submitted_at::text, ''), ',' ORDER BY a.id) AS sheets,
              (SELECT c.version FROM consensus_scores c WHERE c.session_id = $3 AND c.proposal_id = p.id) AS consensus_version
         FROM proposals p
         LEFT JOIN review_assignments a ON a.proposal_id = p.id AND a.stage = $2
         LEFT JOIN score_sheets s ON s.assignment_id = a.id
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id, p.state, p.version ORDER BY p.id`,
      [ids, session.stage, sessionId],
    );
    return {
      present: session.present,
      minutes: session.minutes,
      clock: session.clock,
      proposals: rows.map((r) => ({
        proposalId: r.proposal_id,
        state: r.state,
        version: r.version,
        assigned: r.assigned,
        submitted: r.submitted,
        sheets: r.sheets,
        consensusVersion: r.consensus_version,
      })),
    };
  }
}
