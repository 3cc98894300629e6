import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface AuditTimelineEntry {
  seq: number;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  at: string;
  before: unknown;
  after: unknown;
  hash: string;
}

interface AuditEventRow {
  seq: number;
  action: string;
  actor_id: string | null;
  actor_role: string | null;
  at: Date;
  before: unknown;
  after: unknown;
  hash: string;
}

/**
 * A proposal's entries of libs/audit's chain, read for its timeline. A crossing not yet folded into audit's
 * exported API (issue 16): kept here, typed, until it is.
 */
@Injectable()
export class ProposalAuditTrailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async timeline(proposalId: string): Promise<AuditTimelineEntry[]> {
    const rows: AuditEventRow[] = await this.db.query(
      `SELECT seq, action, actor_id, actor_role, at, before, after, hash FROM audit_events WHERE stream = $1 ORDER BY seq`,
      [`proposal:${proposalId}`],
    );
    return rows.map((r) => ({
      seq: r.seq,
      action: r.action,
      actorId: r.actor_id,
      actorRole: r.actor_role,
      at: new Date(r.at).toISOString(),
      before: r.before,
      after: r.after,
      hash: r.hash,
    }));
  }
}
