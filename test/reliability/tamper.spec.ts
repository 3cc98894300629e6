import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { appendAudit, auditHash, type ChainBreak, verifyAuditChains } from '@kyodo/audit';
import { createDataSource, migrate } from '@kyodo/persistence';
import { createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { auditChainBench } from '../../bench/audit-chain';

/**
 * Issue 7, suite 6: random tamperings of real audit chains in PostgreSQL, each
 * of which the verifier must detect and locate at the first broken link. An
 * intact chain must verify clean first, so a verifier that flags everything
 * fails too. (A forger who rewrites every later row and the head as well is
 * out of reach of any unkeyed chain, so that is not among the tamperings.)
 */

const KINDS = [
  'edit', // change one hashed field of a row
  'delete', // remove a row
  'move', // move a row to another stream
  'swap', // exchange the contents of two neighbours
  'reorder', // exchange the sequence numbers of two neighbours
  'forge', // replace a row's content and recompute its own hash
  'append', // add a well-formed row with a recomputed hash beyond the recorded head
  'truncate', // cut the tail
  'head', // edit the recorded head
  'headless', // delete the recorded head
] as const;
type Kind = (typeof KINDS)[number];

const FIELDS = ['action', 'actor_id', 'actor_role', 'request_id', 'before', 'after', 'at', 'prev_hash', 'hash', 'seq'];

interface Tampering {
  kind: Kind;
  length: number;
  position: number;
  field: string;
  text: string;
  shift: number;
}

const tampering: fc.Arbitrary<Tampering> = fc.record({
  kind: fc.constantFrom(...KINDS),
  length: fc.integer({ min: 1, max: 30 }),
  position: fc.nat(),
  field: fc.constantFrom(...FIELDS),
  // PostgreSQL text and jsonb cannot hold NUL.
  text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\u0000')),
  shift: fc.integer({ min: 1, max: 5 }),
});

describe(`audit chain tampering on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const tampered: string[] = [];
  let detected = 0;
  let named = 0;
  let measured = { entries: 0, verifyMs: 0, baselineMs: 0 };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 4 });
    await dataSource.initialize();
    await migrate(dataSource);
  });

  afterAll(async () => {
    console.log(
      `RELIABILITY tamper: tamperings=${tampered.length} detected=${detected} named=${named} ` +
        `chain=${measured.entries} verifyMs=${measured.verifyMs} baselineMs=${measured.baselineMs}`,
    );
    await dataSource?.destroy();
    await db?.drop();
  });

  /** A chain appended the way the application appends, with varied actors, nulls and Japanese text. */
  async function buildChain(stream: string, length: number, text: string): Promise<void> {
    await dataSource.transaction(async (manager) => {
      for (let i = 1; i <= length; i++) {
        await appendAudit(manager, {
          municipalityId: randomUUID(),
          stream,
          action: i === 1 ? 'proposal.created' : `proposal.step_${i % 4}`,
          actorId: i % 3 === 0 ? null : randomUUID(),
          actorRole: i % 2 ? 'owner' : 'secretariat',
          requestId: i % 5 === 0 ? null : `req-${i}`,
          before: i === 1 ? undefined : { n: i - 1 },
          after: { n: i, 題名: `地域食堂 ${text}`, list: [i, null, true] },
          at: new Date(Date.UTC(2026, 3, 1, 9, 0, i)),
        });
      }
    });
  }

  const row = async (stream: string, seq: number) =>
    (await dataSource.query('SELECT * FROM audit_events WHERE stream = $1 AND seq = $2', [stream, seq]))[0];

  /** The hash a forger would compute for a row of their own making. */
  const forgedHash = (stream: string, seq: number, prevHash: string, after: unknown, at: Date) =>
    auditHash({
      stream,
      seq,
      action: 'proposal.updated',
      actorId: null,
      actorRole: 'owner',
      requestId: 'forged',
      before: null,
      after,
      at: at.toISOString(),
      prevHash,
    });

  /** Applies the tampering; returns the break the verifier must name. */
  async function tamper(stream: string, t: Tampering, n: number): Promise<Pick<ChainBreak, 'seq' | 'reason'>> {
    const k = 1 + (t.position % n);
    const set = (sql: string, params: unknown[] = []) =>
      dataSource.query(`UPDATE audit_events SET ${sql} WHERE stream = $1 AND seq = $2`, [stream, k, ...params]);
    switch (t.kind) {
      case 'edit':
        if (t.field === 'seq') {
          // Renumbered past the end: the row is missing where it was and the chain stops following there.
          await set('seq = $3', [n + t.shift]);
          return k < n ? { seq: k + 1, reason: 'sequence_gap' } : { seq: n + t.shift, reason: 'sequence_gap' };
        }
        if (t.field === 'before' || t.field === 'after') {
          await set(
            `${t.field} = CASE WHEN jsonb_typeof(${t.field}) = 'object' THEN jsonb_set(${t.field}, '{tampered}', to_jsonb($3::text))
                               ELSE jsonb_build_object('tampered', $3::text) END`,
            [t.text],
          );
        } else if (t.field === 'at') {
          await set('at = at + make_interval(secs => $3)', [t.shift]);
        } else if (t.field === 'actor_id') {
          await set('actor_id = $3', [randomUUID()]);
        } else {
          // Text fields; a null request id becomes a value, which changes it just the same.
          await set(`${t.field} = coalesce(${t.field}, '') || $3`, [t.text]);
        }
        return { seq: k, reason: t.field === 'prev_hash' ? 'broken_link' : 'hash_mismatch' };
      case 'delete':
      case 'move':
        if (t.kind === 'delete')
          await dataSource.query('DELETE FROM audit_events WHERE stream = $1 AND seq = $2', [stream, k]);
        else await set('stream = $3', [`${stream}:moved`]);
        return k < n ? { seq: k + 1, reason: 'sequence_gap' } : { seq: n, reason: 'truncated' };
      case 'swap': {
        const j = Math.min(k, n - 1);
        const [a, b] = [await row(stream, j), await row(stream, j + 1)];
        for (const [target, source] of [
          [a, b],
          [b, a],
        ]) {
          await dataSource.query(
            'UPDATE audit_events SET action = $2, before = $3, after = $4, at = $5 WHERE id = $1',
            [target.id, source.action, JSON.stringify(source.before), JSON.stringify(source.after), source.at],
          );
        }
        return { seq: j, reason: 'hash_mismatch' };
      }
      case 'reorder': {
        // Through a free number, because (stream, seq) is unique.
        const j = Math.min(k, n - 1);
        await dataSource.query('UPDATE audit_events SET seq = -1 WHERE stream = $1 AND seq = $2', [stream, j]);
        await dataSource.query('UPDATE audit_events SET seq = $2 WHERE stream = $1 AND seq = $3', [stream, j, j + 1]);
        await dataSource.query('UPDATE audit_events SET seq = $2 WHERE stream = $1 AND seq = -1', [stream, j + 1]);
        return { seq: j, reason: 'broken_link' };
      }
      case 'forge': {
        const original = await row(stream, k);
        const after = { forged: t.text };
        const at = new Date(original.at);
        await set(
          `action = 'proposal.updated', actor_id = NULL, actor_role = 'owner', request_id = 'forged', before = 'null',
           after = $3, hash = $4`,
          [JSON.stringify(after), forgedHash(stream, k, original.prev_hash, after, at)],
        );
        // Its own hash checks out, so the break is the next link, or the recorded head for the last row.
        return k < n ? { seq: k + 1, reason: 'broken_link' } : { seq: n, reason: 'truncated' };
      }
      case 'append': {
        const last = await row(stream, n);
        const after = { forged: t.text };
        const at = new Date(new Date(last.at).getTime() + 1000);
        await dataSource.query(
          `INSERT INTO audit_events (municipality_id, stream, seq, action, actor_id, actor_role, request_id, before, after, at, prev_hash, hash)
           VALUES (NULL, $1, $2, 'proposal.updated', NULL, 'owner', 'forged', 'null', $3, $4, $5, $6)`,
          [stream, n + 1, JSON.stringify(after), at, last.hash, forgedHash(stream, n + 1, last.hash, after, at)],
        );
        return { seq: n + 1, reason: 'truncated' };
      }
      case 'truncate':
        await dataSource.query('DELETE FROM audit_events WHERE stream = $1 AND seq >= $2', [stream, k]);
        return { seq: k, reason: 'truncated' };
      case 'head':
        if (t.field === 'hash') {
          await dataSource.query(`UPDATE audit_heads SET hash = md5($2) || md5($2) WHERE stream = $1`, [
            stream,
            t.text,
          ]);
          return { seq: n, reason: 'truncated' };
        }
        if (t.shift % 2) {
          // Rolled back, as a forger who cut the tail would: the first entry beyond the head is named.
          await dataSource.query('UPDATE audit_heads SET seq = $2 WHERE stream = $1', [stream, k - 1]);
          return { seq: k, reason: 'truncated' };
        }
        // Pushed forward: the first entry the head claims but the chain lacks is named.
        await dataSource.query('UPDATE audit_heads SET seq = $2 WHERE stream = $1', [stream, n + t.shift]);
        return { seq: n + 1, reason: 'truncated' };
      case 'headless':
        await dataSource.query('DELETE FROM audit_heads WHERE stream = $1', [stream]);
        return { seq: n + 1, reason: 'truncated' };
    }
  }

  it('detects 1,000 random tamperings and names the first broken link of each', async () => {
    await fc.assert(
      fc.asyncProperty(tampering, async (t) => {
        // Neighbour exchanges need two rows.
        const n = t.kind === 'swap' || t.kind === 'reorder' ? Math.max(2, t.length) : t.length;
        const stream = `proposal:${randomUUID()}`;
        await buildChain(stream, n, t.text);
        expect(await verifyAuditChains(dataSource, { stream })).toEqual({ streams: 1, entries: n, breaks: [] });
        const expected = await tamper(stream, t, n);
        tampered.push(stream);
        const { breaks } = await verifyAuditChains(dataSource, { stream });
        if (breaks.length > 0) detected++;
        expect(breaks).toEqual([expect.objectContaining({ stream, ...expected })]);
        named++;
      }),
      { numRuns: 1000, seed: 20261128, endOnFailure: true },
    );
    expect(detected).toBe(1000);
  }, 240_000);

  it('reports the same breaks when verifying every chain at once', async () => {
    const { breaks } = await verifyAuditChains(dataSource);
    const onTampered = breaks.filter((b) => !b.stream.endsWith(':moved'));
    expect(onTampered.map((b) => b.stream).sort()).toEqual([...tampered].sort());
  });

  it('verifies a 10,000-entry chain within a second', async () => {
    const bench = await auditChainBench(dataSource);
    measured = bench;
    expect(bench.verifyMs).toBeLessThanOrEqual(1000);
  });
});
