import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { type AuditHead, AuditEventRepository, type AuditScope, type StoredAuditEvent } from './audit-event.repository';

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

/** Recomputes every chain (or one stream, or a municipality's) and names the first broken link of each. */
@Injectable()
export class AuditVerifier {
  constructor(private readonly events: AuditEventRepository) {}

  verify(scope: AuditScope = {}): Promise<VerificationResult> {
    // One snapshot for rows and heads, so appends during the check are not mistaken for damage.
    return this.events.inSnapshot((manager) => verifyIn(this.events, manager, scope));
  }
}

/** `AuditVerifier.verify` on a data source opened by hand (the verify command, specs, benchmarks). */
export function verifyAuditChains(dataSource: DataSource, scope: AuditScope = {}): Promise<VerificationResult> {
  return new AuditVerifier(new AuditEventRepository(dataSource)).verify(scope);
}

async function verifyIn(
  events: AuditEventRepository,
  manager: EntityManager,
  scope: AuditScope,
): Promise<VerificationResult> {
  const rows = await events.entries(manager, scope);
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
      actorId: row.actorId,
      actorRole: row.actorRole,
      requestId: row.requestId,
      before: row.before,
      after: row.after,
      at: row.at.toISOString(),
      prevHash: row.prevHash,
    });
    const reason: ChainBreak['reason'] | null =
      row.seq !== expectedSeq
        ? 'sequence_gap'
        : row.prevHash !== previousHash
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
  checkHeads(await events.heads(manager, scope.stream), rows, breaks, scope);
  return { streams, entries: rows.length, breaks };
}

/**
 * The last entry of each stream must be the recorded head; otherwise entries were cut off the end, added
 * beyond it, or the head itself was changed or removed. The break names the first entry that disagrees
 * with the head: the first one missing, the first one beyond it, or the last one when its hash differs.
 */
function checkHeads(heads: AuditHead[], rows: StoredAuditEvent[], breaks: ChainBreak[], scope: AuditScope): void {
  const last = new Map<string, StoredAuditEvent>();
  for (const row of rows) last.set(row.stream, row);
  const broken = new Set(breaks.map((b) => b.stream)); // already reported at their first break
  const headed = new Set<string>();
  for (const head of heads) {
    headed.add(head.stream);
    const tail = last.get(head.stream);
    if (!tail && scope.municipalityId) continue; // another municipality's stream
    if (broken.has(head.stream)) continue;
    const seq = head.seq;
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
