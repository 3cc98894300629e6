import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryPrepared, ReadDataSource, type ReadFrom, type Statement } from '@kyodo/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/** The recorded end of a stream. */
export interface AuditHead {
  stream: string;
  seq: number;
  hash: string;
}

/** An entry as stored: `before` and `after` exactly as jsonb hands them back. */
export interface StoredAuditEvent {
  id: string;
  stream: string;
  seq: number;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  requestId: string | null;
  before: unknown;
  after: unknown;
  at: Date;
  prevHash: string;
  hash: string;
}

/** A public record's status history: named, since every public proposal page reads it. */
const STATE_CHANGES: Statement = {
  name: 'kyodo_audit_state_changes',
  text: `SELECT after->>'state' AS state, at FROM audit_events
          WHERE stream = $1 AND before ? 'state' AND after ? 'state' AND before->>'state' IS DISTINCT FROM after->>'state'
          ORDER BY seq`,
};

export type NewAuditEvent = Omit<StoredAuditEvent, 'id'> & { municipalityId: string | null };

/** Which chains a verification reads: one stream, the whole streams of a municipality, or all. */
export interface AuditScope {
  stream?: string;
  municipalityId?: string;
}

interface AuditEventRow {
  id: string;
  stream: string;
  seq: number;
  action: string;
  actor_id: string | null;
  actor_role: string | null;
  request_id: string | null;
  before: unknown;
  after: unknown;
  at: Date | string;
  prev_hash: string;
  hash: string;
}

interface AuditHeadRow {
  stream: string;
  seq: number | string;
  hash: string;
}

/**
 * The hash chains of `audit_events` and their heads in `audit_heads`. Plain SQL throughout: the jsonb columns must
 * store exactly what was hashed, and the append runs under a transaction-scoped advisory lock.
 */
@Injectable()
export class AuditEventRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /** Runs the reads of a verification in one snapshot, so appends meanwhile are not mistaken for damage. */
  inSnapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('REPEATABLE READ', work);
  }

  /** Serialises the writers of one stream until the caller's transaction ends (a row lock cannot cover a first entry). */
  async lockStream(manager: EntityManager, stream: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [stream]);
  }

  /** The recorded end of the stream, or null before its first entry. */
  async head(manager: EntityManager, stream: string): Promise<AuditHead | null> {
    const rows: AuditHeadRow[] = await manager.query(`SELECT stream, seq, hash FROM audit_heads WHERE stream = $1`, [
      stream,
    ]);
    return rows[0] ? toHead(rows[0]) : null;
  }

  /** Stores an entry; answers its id. */
  async insert(manager: EntityManager, event: NewAuditEvent): Promise<string> {
    const rows: Array<{ id: string | number }> = await manager.query(
      `INSERT INTO audit_events (municipality_id, stream, seq, action, actor_id, actor_role, request_id, before, after, at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        event.municipalityId,
        event.stream,
        event.seq,
        event.action,
        event.actorId,
        event.actorRole,
        event.requestId,
        JSON.stringify(event.before),
        JSON.stringify(event.after),
        event.at,
        event.prevHash,
        event.hash,
      ],
    );
    return String(rows[0]!.id);
  }

  /** Moves the stream's head to its newest entry. */
  async moveHead(manager: EntityManager, head: AuditHead): Promise<void> {
    await manager.query(
      `INSERT INTO audit_heads (stream, seq, hash) VALUES ($1, $2, $3)
       ON CONFLICT (stream) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
      [head.stream, head.seq, head.hash],
    );
  }

  /** Every entry of the chains in scope, by stream, then sequence. */
  async entries(manager: EntityManager, scope: AuditScope): Promise<StoredAuditEvent[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (scope.stream) {
      params.push(scope.stream);
      conditions.push(`stream = $${params.length}`);
    }
    if (scope.municipalityId) {
      // Whole streams of the municipality, so a row moved to another tenant still breaks its chain.
      params.push(scope.municipalityId);
      conditions.push(`stream IN (SELECT DISTINCT stream FROM audit_events WHERE municipality_id = $${params.length})`);
    }
    const rows: AuditEventRow[] = await manager.query(
      `SELECT id, stream, seq, action, actor_id, actor_role, request_id, before, after, at, prev_hash, hash
         FROM audit_events ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY stream, seq, id`,
      params,
    );
    return rows.map((row) => ({
      id: String(row.id),
      stream: row.stream,
      seq: row.seq,
      action: row.action,
      actorId: row.actor_id,
      actorRole: row.actor_role,
      requestId: row.request_id,
      before: row.before,
      after: row.after,
      at: new Date(row.at),
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
  }

  /** The entries of the stream that changed its `state`: the state reached and when, oldest first. */
  stateChanges(stream: string, from: ReadFrom = 'primary'): Promise<Array<{ state: string; at: Date }>> {
    return queryPrepared(this.reads.of(from), STATE_CHANGES, [stream]);
  }

  /** One stream's entries in order, read outside any transaction (a timeline, not a verification). */
  streamEntries(stream: string): Promise<StoredAuditEvent[]> {
    return this.entries(this.db.manager, { stream });
  }

  /** The recorded heads: of one stream, or of all. */
  async heads(manager: EntityManager, stream?: string): Promise<AuditHead[]> {
    const rows: AuditHeadRow[] = await manager.query(
      stream
        ? 'SELECT stream, seq, hash FROM audit_heads WHERE stream = $1'
        : 'SELECT stream, seq, hash FROM audit_heads',
      stream ? [stream] : [],
    );
    return rows.map(toHead);
  }
}

function toHead(row: AuditHeadRow): AuditHead {
  return { stream: row.stream, seq: Number(row.seq), hash: row.hash };
}
