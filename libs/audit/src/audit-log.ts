import type { EntityManager } from 'typeorm';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface AuditEntry {
  municipalityId: string | null;
  stream: string;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  requestId: string | null;
  before?: unknown;
  after?: unknown;
  at: Date;
}

/**
 * Appends to a stream's hash chain inside the caller's transaction. A
 * transaction-scoped advisory lock on the stream makes two writers take
 * turns; the (stream, seq) unique key backs that up.
 */
export async function appendAudit(
  manager: EntityManager,
  entry: AuditEntry,
): Promise<{ id: string; seq: number; hash: string }> {
  // Serialise writers of one stream (a row lock cannot cover a stream's first entry).
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [entry.stream]);
  // Continue from the recorded head, not from whatever the last row is now: a removed tail stays a visible gap.
  const [last] = await manager.query(`SELECT seq, hash FROM audit_heads WHERE stream = $1`, [entry.stream]);
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash: string = last ? last.hash : GENESIS_HASH;
  const at = entry.at.toISOString();
  const fields = {
    stream: entry.stream,
    seq,
    action: entry.action,
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    requestId: entry.requestId,
    before: asStoredJson(entry.before),
    after: asStoredJson(entry.after),
    at,
    prevHash,
  };
  const hash = auditHash(fields);
  // Plain SQL: jsonb columns must store exactly what was hashed.
  const [row] = await manager.query(
    `INSERT INTO audit_events (municipality_id, stream, seq, action, actor_id, actor_role, request_id, before, after, at, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      entry.municipalityId,
      fields.stream,
      seq,
      fields.action,
      fields.actorId,
      fields.actorRole,
      fields.requestId,
      JSON.stringify(fields.before),
      JSON.stringify(fields.after),
      entry.at,
      prevHash,
      hash,
    ],
  );
  // The head records where the chain ends, so entries cut off the end are noticed.
  await manager.query(
    `INSERT INTO audit_heads (stream, seq, hash) VALUES ($1, $2, $3)
     ON CONFLICT (stream) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
    [entry.stream, seq, hash],
  );
  return { id: String(row.id), seq, hash };
}

/** What jsonb will hand back (dates as ISO strings, no undefined), so the hash verifies later. */
function asStoredJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
