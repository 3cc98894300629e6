import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { auditHash, GENESIS_HASH } from './audit-hash';
import { AuditEventRepository } from './audit-event.repository';

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
@Injectable()
export class AuditLog {
  constructor(private readonly events: AuditEventRepository) {}

  async append(manager: EntityManager, entry: AuditEntry): Promise<{ id: string; seq: number; hash: string }> {
    await this.events.lockStream(manager, entry.stream);
    // Continue from the recorded head, not from whatever the last row is now: a removed tail stays a visible gap.
    const last = await this.events.head(manager, entry.stream);
    const seq = last ? last.seq + 1 : 1;
    const prevHash = last ? last.hash : GENESIS_HASH;
    const fields = {
      stream: entry.stream,
      seq,
      action: entry.action,
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      requestId: entry.requestId,
      before: asStoredJson(entry.before),
      after: asStoredJson(entry.after),
      at: entry.at.toISOString(),
      prevHash,
    };
    const hash = auditHash(fields);
    const id = await this.events.insert(manager, {
      ...fields,
      municipalityId: entry.municipalityId,
      at: entry.at,
      hash,
    });
    // The head records where the chain ends, so entries cut off the end are noticed.
    await this.events.moveHead(manager, { stream: entry.stream, seq, hash });
    return { id, seq, hash };
  }
}

/**
 * `AuditLog.append` for callers that hold a transaction but not the injected log (other libraries' services built
 * by hand, specs, benchmarks): the same chain, read and written through the transaction's own data source.
 */
export function appendAudit(
  manager: EntityManager,
  entry: AuditEntry,
): Promise<{ id: string; seq: number; hash: string }> {
  return new AuditLog(new AuditEventRepository(manager.connection)).append(manager, entry);
}

/** What jsonb will hand back (dates as ISO strings, no undefined), so the hash verifies later. */
function asStoredJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
