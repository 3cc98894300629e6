import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MeetingClock } from '../meeting-clock';
import type { Stage } from '../rubric-definition';
import type { AgendaItem, SessionGuest } from './evaluation-session.entity';

/** A session as read. */
export interface StoredSession {
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
}

/** A session with the reader's seat on its committee ('chair', 'member', or null for none). */
export type SeatedSession = StoredSession & { seat: string | null };

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

/** One session in a call's list, with the proposals on its agenda. */
export interface SessionListRow {
  id: string;
  stage: Stage;
  startsAt: Date;
  place: string;
  quorum: number;
  committeeId: string;
  agendaProposalIds: string[];
}

/** A session that has the proposal on its agenda, as the quorum check reads it. */
export interface QuorumSession {
  quorum: number;
  present: string[];
  agenda: Array<{ proposalId: string; recused: string[] }>;
}

/** A session's own fields the live view watches. */
export interface LiveFields {
  stage: Stage;
  agenda: Array<{ proposalId: string }>;
  present: string[];
  minutes: string | null;
  clock: MeetingClock | null;
}

/** Per agenda proposal, how far its sheets of the session's stage have gone and its consensus's version. */
export interface SheetProgress {
  assigned: number;
  submitted: number;
  /** Every assignment's id, status and submission time: any change to a sheet changes it. */
  sheets: string | null;
  consensusVersion: number | null;
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

  /** The session, or null when there is no such session. */
  async findById(sessionId: string): Promise<StoredSession | null> {
    const [row]: SessionRow[] = await this.db.query(
      `SELECT s.id, s.municipality_id, s.call_id, s.committee_id, s.stage, s.starts_at, s.place, s.quorum,
              s.slot_minutes, s.agenda, s.present, s.minutes, s.clock
         FROM evaluation_sessions s WHERE s.id = $1`,
      [sessionId],
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

  /** The call's sessions in time order: all of them when `committeeIds` is null, else those of these committees. */
  async listOfCall(callId: string, committeeIds: string[] | null): Promise<SessionListRow[]> {
    const rows: Array<{
      id: string;
      stage: Stage;
      starts_at: Date;
      place: string;
      quorum: number;
      committee_id: string;
      agenda: Array<{ proposalId: string }>;
    }> = await this.db.query(
      `SELECT s.id, s.stage, s.starts_at, s.place, s.quorum, s.committee_id, s.agenda
         FROM evaluation_sessions s
        WHERE s.call_id = $1 AND ($2::uuid[] IS NULL OR s.committee_id = ANY($2::uuid[]))
        ORDER BY s.starts_at, s.id`,
      [callId, committeeIds],
    );
    return rows.map((r) => ({
      id: r.id,
      stage: r.stage,
      startsAt: r.starts_at,
      place: r.place,
      quorum: r.quorum,
      committeeId: r.committee_id,
      agendaProposalIds: r.agenda.map((item) => item.proposalId),
    }));
  }

  /** The sessions with the proposal on their agenda, of any of the committees. */
  async withProposalOfCommittees(proposalId: string, committeeIds: string[]): Promise<QuorumSession[]> {
    return this.db.query(
      `SELECT s.quorum, s.present, s.agenda FROM evaluation_sessions s
        WHERE s.agenda @> $1::jsonb AND s.committee_id = ANY($2::uuid[])`,
      [JSON.stringify([{ proposalId }]), committeeIds],
    );
  }

  /** The committees of the sessions that have the proposal on their agenda: the ones that evaluated it. */
  async committeesWithProposal(proposalId: string): Promise<string[]> {
    const rows: Array<{ committee_id: string }> = await this.db.query(
      'SELECT DISTINCT committee_id FROM evaluation_sessions WHERE agenda @> $1::jsonb',
      [JSON.stringify([{ proposalId }])],
    );
    return rows.map((r) => r.committee_id);
  }

  /** The session's own fields the live view watches; null when there is no such session. */
  async liveFields(sessionId: string): Promise<LiveFields | null> {
    const [session]: LiveFields[] = await this.db.query(
      'SELECT stage, agenda, present, minutes, clock FROM evaluation_sessions WHERE id = $1',
      [sessionId],
    );
    return session ?? null;
  }

  /** For each of the proposals, its sheets at the stage and its consensus in the session, in one read. */
  async sheetProgress(sessionId: string, stage: Stage, proposalIds: string[]): Promise<Map<string, SheetProgress>> {
    const rows: Array<{
      proposal_id: string;
      assigned: number;
      submitted: number;
      sheets: string | null;
      consensus_version: number | null;
    }> = await this.db.query(
      `SELECT p.id AS proposal_id,
              count(a.id) FILTER (WHERE a.status <> 'conflicted')::int AS assigned,
              count(a.id) FILTER (WHERE a.status IN ('submitted', 'locked'))::int AS submitted,
              string_agg(a.id::text || a.status || coalesce(s.submitted_at::text, ''), ',' ORDER BY a.id) AS sheets,
              (SELECT c.version FROM consensus_scores c WHERE c.session_id = $3 AND c.proposal_id = p.id) AS consensus_version
         FROM unnest($1::uuid[]) AS p(id)
         LEFT JOIN review_assignments a ON a.proposal_id = p.id AND a.stage = $2
         LEFT JOIN score_sheets s ON s.assignment_id = a.id
        GROUP BY p.id`,
      [proposalIds, stage, sessionId],
    );
    return new Map(
      rows.map((r) => [
        r.proposal_id,
        { assigned: r.assigned, submitted: r.submitted, sheets: r.sheets, consensusVersion: r.consensus_version },
      ]),
    );
  }
}
