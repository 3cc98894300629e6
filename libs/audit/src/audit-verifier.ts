import type { DataSource, EntityManager } from 'typeorm';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface ChainBreak {
  stream: string;
  /** The first entry that does not follow from the one before it. */
  seq: number;
  id: string | null;
  reason: 'hash_mismatch' | 'broken_link' | 'sequence_gap' | 'truncated';
}

export interface VerificationResult {
  streams: number;
  entries: number;
  breaks: ChainBreak[];
}

interface Row {
  id: string;
  stream: string;
  seq: number;
  action: string;
  actor_id: string | null;
  actor_role: string | null;
  request_id: string | null;
  before: unknown;
  after: unknown;
  at: Date;
  prev_hash: string;
  hash: string;
}

/** Recomputes every chain (or one stream) and names the first broken link of each. */
export async function verifyAuditChains(
  dataSource: DataSource,
  scope: { stream?: string; municipalityId?: string } = {},
): Promise<VerificationResult> {
  // One snapshot for rows and heads, so appends during the check are not mistaken for damage.
  return dataSource.transaction('REPEATABLE READ', (manager) => verifyIn(manager, scope));
}

async function verifyIn(
  dataSource: EntityManager,
  scope: { stream?: string; municipalityId?: string },
): Promise<VerificationResult> {
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
  const rows: Row[] = await dataSource.query(
    `SELECT id, stream, seq, action, actor_id, actor_role, request_id, before, after, at, prev_hash, hash
       FROM audit_events ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY stream, seq, id`,
    params,
  );
  const breaks: ChainBreak[] = [];
  let current = '';
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let broken = false;
  let streams = 0;
  for (const row of rows) {
    if (row.stream !== current) {
      current = row.stream;
      expectedSeq = 1;
      previousHash = GENESIS_HASH;
      broken = false;
      streams++;
    }
    if (broken) continue;
    const recomputed = auditHash({
      stream: row.stream,
      seq: row.seq,
      action: row.action,
      actorId: row.actor_id,
      actorRole: row.actor_role,
      requestId: row.request_id,
      before: row.before,
      after: row.after,
      at: new Date(row.at).toISOString(),
      prevHash: row.prev_hash,
    });
    const reason: ChainBreak['reason'] | null =
      row.seq !== expectedSeq
        ? 'sequence_gap'
        : row.prev_hash !== previousHash
          ? 'broken_link'
          : recomputed !== row.hash
            ? 'hash_mismatch'
            : null;
    if (reason) {
      breaks.push({ stream: row.stream, seq: row.seq, id: row.id, reason });
      broken = true;
      continue;
    }
    previousHash = row.hash;
    expectedSeq++;
  }
  await checkHeads(dataSource, rows, breaks, scope);
  return { streams, entries: rows.length, breaks };
}

/**
 * The last entry of each stream must be the recorded head; otherwise entries were cut off the end, added
 * beyond it, or the head itself was changed or removed. The break names the first entry that disagrees
 * with the head: the first one missing, the first one beyond it, or the last one when its hash differs.
 */
async function checkHeads(
  dataSource: EntityManager,
  rows: Row[],
  breaks: ChainBreak[],
  scope: { stream?: string; municipalityId?: string },
): Promise<void> {
  const last = new Map<string, Row>();
  for (const row of rows) last.set(row.stream, row);
  const heads: Array<{ stream: string; seq: number; hash: string }> = await dataSource.query(
    scope.stream
      ? 'SELECT stream, seq, hash FROM audit_heads WHERE stream = $1'
      : 'SELECT stream, seq, hash FROM audit_heads',
    scope.stream ? [scope.stream] : [],
  );
  const broken = new Set(breaks.map((b) => b.stream)); // already reported at their first break
  const headed = new Set<string>();
  for (const head of heads) {
    headed.add(head.stream);
    const tail = last.get(head.stream);
    if (!tail && scope.municipalityId) continue; // another municipality's stream
    if (broken.has(head.stream)) continue;
    const seq = Number(head.seq);
    if (!tail || tail.seq < seq) {
      breaks.push({ stream: head.stream, seq: (tail?.seq ?? 0) + 1, id: null, reason: 'truncated' });
    } else if (tail.seq > seq) {
      const beyond = rows.find((r) => r.stream === head.stream && r.seq === seq + 1);
      breaks.push({ stream: head.stream, seq: seq + 1, id: beyond?.id ?? null, reason: 'truncated' });
    } else if (tail.hash !== head.hash) {
      breaks.push({ stream: head.stream, seq: tail.seq, id: tail.id, reason: 'truncated' });
    }
  }
  // Every chain is appended with its head in one transaction: a chain without one had its head removed,
  // after which its end could be cut unnoticed.
  for (const [stream, tail] of last) {
    if (!headed.has(stream) && !broken.has(stream)) {
      breaks.push({ stream, seq: tail.seq + 1, id: null, reason: 'truncated' });
    }
  }
}
