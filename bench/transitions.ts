import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { completeProposalContent, must, type MunicipalityFixture } from '@kyodo/testing';

/** Requests in flight at once on each side: as many as a busy deadline evening brings. */
const CONCURRENCY = 16;

/** Runs `work` over `items`, CONCURRENCY at a time; answers the items per second. */
async function rate<T>(items: T[], work: (item: T) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < items.length; i = next++) await work(items[i]!);
    }),
  );
  return items.length / ((performance.now() - started) / 1000);
}

/** Creates `count` complete drafts through the API, then submits them all (CONCURRENCY at once): submissions/s. */
async function submitRate(x: MunicipalityFixture, count: number, aside?: WorkerAside): Promise<number> {
  const drafts: Array<{ id: string; version: number }> = [];
  await rate(
    Array.from({ length: count }, (_, i) => i),
    async (i) => {
      const draft = await must(
        x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
          organizationId: x.groupAId,
          title: `ベンチ提案 ${i}`,
          content: completeProposalContent(),
        }),
      );
      drafts.push({ id: draft.id, version: draft.version });
    },
  );
  const client = x.proposerA;
  aside?.pause();
  try {
    return await rate(drafts, async (draft) => {
      await must(
        client.post(`/api/v1/proposals/${draft.id}/events`, { type: 'SUBMIT' }, { 'if-match': `"${draft.version}"` }),
      );
    });
  } finally {
    aside?.resume();
  }
}

/** Holds the worker still while submissions are measured (its notices wait in the outbox) and lets it go after. */
export interface WorkerAside {
  pause(): void;
  resume(): void;
}

/**
 * Issue 20: workflow transitions per second on distinct proposals. Kyodo: `count` complete drafts submitted through
 * the API (token check, actor, the pure machine, then in one transaction the version-guarded state, the frozen
 * version, the receipt number, the audit entry on the municipality's hash chain and the notices' outbox rows), the
 * worker sending those notices meanwhile on the same cores; with `aside`, once more with the worker held still, as
 * the raw side has none. The baseline: the same writes as raw pg transactions on scratch tables of the same shape —
 * a version-guarded update, a copy of the content, the chained audit row under the stream's head lock, two outbox
 * rows — with no HTTP.
 */
export async function transitionsBench(
  databaseUrl: string,
  x: MunicipalityFixture,
  count: number,
  aside?: WorkerAside,
): Promise<{ kyodo: number; kyodoWorkerStill?: number; raw: number }> {
  const kyodo = await submitRate(x, count);
  const kyodoWorkerStill = aside ? await submitRate(x, count, aside) : undefined;

  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const tag = randomUUID().slice(0, 8);
  const [state, versions, audit, head, outbox] = ['state', 'versions', 'audit', 'head', 'outbox'].map(
    (t) => `bench_${t}_${tag}`,
  ) as [string, string, string, string, string];
  try {
    await pool.query(
      `CREATE TABLE ${state} (id uuid PRIMARY KEY, version int, state text, snapshot jsonb, content jsonb)`,
    );
    await pool.query(`CREATE TABLE ${versions} (id uuid PRIMARY KEY, proposal_id uuid, content jsonb, at timestamptz)`);
    await pool.query(`CREATE TABLE ${audit} (id uuid PRIMARY KEY, stream text, prev text, hash text, after jsonb)`);
    await pool.query(`CREATE TABLE ${head} (stream text PRIMARY KEY, hash text)`);
    await pool.query(`CREATE TABLE ${outbox} (id uuid PRIMARY KEY, name text, payload jsonb, effect_key text UNIQUE)`);
    await pool.query(`INSERT INTO ${head} VALUES ('m', '')`);
    const content = JSON.stringify(completeProposalContent());
    const rows = Array.from({ length: count }, () => randomUUID());
    for (const id of rows)
      await pool.query(`INSERT INTO ${state} VALUES ($1, 1, 'draft', '{"value":"draft"}', $2)`, [id, content]);
    const raw = await rate(rows, async (id) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const updated = await c.query(
          `UPDATE ${state} SET version = version + 1, state = 'submitted', snapshot = '{"value":"submitted"}'
            WHERE id = $1 AND version = 1`,
          [id],
        );
        if (updated.rowCount !== 1) throw new Error('lost update');
        await c.query(
          `INSERT INTO ${versions} SELECT gen_random_uuid(), id, content, now() FROM ${state} WHERE id = $1`,
          [id],
        );
        const prev = (await c.query(`SELECT hash FROM ${head} WHERE stream = 'm' FOR UPDATE`)).rows[0].hash as string;
        const hash = `${prev}x`.slice(-64);
        await c.query(`INSERT INTO ${audit} VALUES (gen_random_uuid(), 'm', $1, $2, '{"state":"submitted"}')`, [
          prev,
          hash,
        ]);
        await c.query(`UPDATE ${head} SET hash = $1 WHERE stream = 'm'`, [hash]);
        for (const name of ['notify.proposal-event', 'notify.proposal-event'])
          await c.query(`INSERT INTO ${outbox} VALUES (gen_random_uuid(), $1, $2, $3)`, [
            name,
            JSON.stringify({ proposalId: id }),
            randomUUID(),
          ]);
        await c.query('COMMIT');
      } catch (error) {
        await c.query('ROLLBACK');
        throw error;
      } finally {
        c.release();
      }
    });
    return { kyodo, kyodoWorkerStill, raw };
  } finally {
    for (const table of [state, versions, audit, head, outbox]) await pool.query(`DROP TABLE IF EXISTS ${table}`);
    await pool.end();
  }
}
