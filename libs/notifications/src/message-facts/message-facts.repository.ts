import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What a message quotes of an evaluation session. */
export interface SessionFacts {
  startsAt: Date;
  place: string;
}

/** What a message quotes of a proposal: only the parts of its snapshot a message quotes, not the machine state. */
export interface ProposalFacts {
  id: string;
  municipalityId: string;
  title: string;
  receiptNumber: string | null;
  state: string;
  callTitle: string;
  context: ProposalMessageContext;
}

export interface ProposalMessageContext {
  returns?: Array<{ reason: string }>;
  closure?: { reason: string } | null;
  decision?: { reason: string } | null;
  conditions?: Array<{ text: string }>;
  assessment?: { comment: string } | null;
}

interface ProposalRow {
  id: string;
  municipality_id: string;
  title: string;
  receipt_number: string | null;
  state: string;
  context: ProposalMessageContext | null;
  title_ja: string;
}

/**
 * What messages say, reloaded from the database (payloads carry ids only). Crossings not yet folded (issue 16): these
 * read proposals, calls and evaluation sessions until their libraries answer them through their own APIs.
 */
@Injectable()
export class MessageFactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async sessions(ids: string[]): Promise<Map<string, SessionFacts>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; starts_at: Date | string; place: string }> = await this.db.query(
      'SELECT id, starts_at, place FROM evaluation_sessions WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { startsAt: new Date(r.starts_at), place: r.place }]));
  }

  async proposals(ids: string[]): Promise<Map<string, ProposalFacts>> {
    if (ids.length === 0) return new Map();
    const rows: ProposalRow[] = await this.db.query(
      `SELECT p.id, p.municipality_id, p.title, p.receipt_number, p.state, c.title_ja,
              jsonb_build_object(
                'returns', p.snapshot #> '{context,returns}', 'closure', p.snapshot #> '{context,closure}',
                'decision', p.snapshot #> '{context,decision}', 'conditions', p.snapshot #> '{context,conditions}',
                'assessment', p.snapshot #> '{context,assessment}') AS context
         FROM proposals p JOIN calls c ON c.id = p.call_id WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          municipalityId: r.municipality_id,
          title: r.title,
          receiptNumber: r.receipt_number,
          state: r.state,
          callTitle: r.title_ja,
          context: r.context ?? {},
        },
      ]),
    );
  }

  /** The session's agenda length and minutes per slot, for its calendar entry; null when it is gone. */
  async sessionSlots(sessionId: string): Promise<{ items: number | null; slotMinutes: number | null } | null> {
    const [row]: Array<{ items: number | null; slot: number | null }> = await this.db.query(
      `SELECT jsonb_array_length(agenda) AS items, (slot_minutes->>'presentation')::int + (slot_minutes->>'questions')::int AS slot
         FROM evaluation_sessions WHERE id = $1`,
      [sessionId],
    );
    return row ? { items: row.items, slotMinutes: row.slot } : null;
  }
}
