import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { auditHash, GENESIS_HASH, verifyAuditChains } from '@kyodo/audit';

export interface AuditChainBench {
  entries: number;
  verifyMs: number;
  baselineMs: number;
}

const BATCH = 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * One chain of `entries` entries shaped like a proposal's real history, hashed
 * with the same function appendAudit uses and bulk-inserted (appending one by
 * one would only measure the seeding). Then the verifier recomputes the whole
 * chain, against a baseline of reading the same rows with one plain query.
 * Median of three runs each.
 */
export async function auditChainBench(dataSource: DataSource, entries = 10_000): Promise<AuditChainBench> {
  const stream = `proposal:${randomUUID()}`;
  const actorId = randomUUID();
  const start = Date.UTC(2026, 3, 1, 9, 0, 0);
  let prevHash = GENESIS_HASH;
  for (let first = 1; first <= entries; first += BATCH) {
    const batch: object[] = [];
    for (let seq = first; seq < first + BATCH && seq <= entries; seq++) {
      const at = new Date(start + seq * 1000).toISOString();
      const before = seq === 1 ? null : { state: 'draft', version: seq - 1 };
      const after = { state: 'draft', version: seq, title: `多世代がつながる地域食堂 第${seq}版`, fields: ['budget'] };
      const action = 'proposal.updated';
      const hash = auditHash({
        stream,
        seq,
        action,
        actorId,
        actorRole: 'owner',
        requestId: `bench-${seq}`,
        before,
        after,
        at,
        prevHash,
      });
      batch.push({ seq, action, request_id: `bench-${seq}`, before, after, at, prev_hash: prevHash, hash });
      prevHash = hash;
    }
    await dataSource.query(
      `INSERT INTO audit_events (municipality_id, stream, seq, action, actor_id, actor_role, request_id, before, after, at, prev_hash, hash)
       SELECT NULL, $1, r.seq, r.action, $2, 'owner', r.request_id, r.before, r.after, r.at, r.prev_hash, r.hash
         FROM jsonb_to_recordset($3::jsonb) AS r(seq int, action text, request_id text, before jsonb, after jsonb,
                                                  at timestamptz, prev_hash text, hash text)`,
      [stream, actorId, JSON.stringify(batch)],
    );
  }
  await dataSource.query('INSERT INTO audit_heads (stream, seq, hash) VALUES ($1, $2, $3)', [
    stream,
    entries,
    prevHash,
  ]);
  const verifyRuns: number[] = [];
  const baselineRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    verifyRuns.push(
      await timed(async () => {
        const result = await verifyAuditChains(dataSource, { stream });
        // A benchmark of a verifier that found damage (or saw nothing) would measure the wrong thing.
        if (result.entries !== entries || result.breaks.length > 0) {
          throw new Error(`audit bench chain did not verify: ${JSON.stringify(result)}`);
        }
      }),
    );
    baselineRuns.push(
      await timed(() =>
        dataSource.query(
          `SELECT id, stream, seq, action, actor_id, actor_role, request_id, before, after, at, prev_hash, hash
             FROM audit_events WHERE stream = $1 ORDER BY stream, seq, id`,
          [stream],
        ),
      ),
    );
  }
  return { entries, verifyMs: Math.round(median(verifyRuns)), baselineMs: Math.round(median(baselineRuns)) };
}
