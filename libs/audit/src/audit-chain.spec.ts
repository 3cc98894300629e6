import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@kyodo/persistence';
import { createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { auditHash } from './audit-hash';
import { appendAudit } from './audit-log';
import { verifyAuditChains } from './audit-verifier';

describe(`audit hash chain on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 4 });
    await dataSource.initialize();
    await migrate(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const append = (stream: string, i: number) =>
    dataSource.transaction((manager) =>
      appendAudit(manager, {
        municipalityId: null,
        stream,
        action: `step.${i}`,
        actorId: null,
        actorRole: 'secretariat',
        requestId: `r${i}`,
        before: { n: i - 1 },
        after: { n: i, 名前: '提案', at: new Date(Date.UTC(2026, 3, 1, 9, 0, i)) },
        at: new Date(Date.UTC(2026, 3, 1, 9, 0, i)),
      }),
    );

  it('verifies intact chains, even when appended concurrently', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => append('proposal:intact', i + 1)));
    const result = await verifyAuditChains(dataSource, { stream: 'proposal:intact' });
    expect(result).toEqual({ streams: 1, entries: 10, breaks: [] });
  });

  it('detects every random edit, deletion, reordering and forgery and names the first broken link', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('edit', 'delete', 'swap', 'forge', 'truncate'),
        fc.integer({ min: 1, max: 5 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        async (kind, seq, text) => {
          const stream = `proposal:t-${Math.random().toString(36).slice(2)}`;
          for (let i = 1; i <= 6; i++) await append(stream, i);
          const row = (s: number) =>
            dataSource
              .query('SELECT * FROM audit_events WHERE stream = $1 AND seq = $2', [stream, s])
              .then((r) => r[0]);
          if (kind === 'edit') {
            await dataSource.query(
              `UPDATE audit_events SET after = jsonb_set(after, '{n}', to_jsonb($3::text)) WHERE stream = $1 AND seq = $2`,
              [stream, seq, text],
            );
          } else if (kind === 'truncate') {
            await dataSource.query('DELETE FROM audit_events WHERE stream = $1 AND seq > $2', [stream, seq]);
          } else if (kind === 'delete') {
            await dataSource.query('DELETE FROM audit_events WHERE stream = $1 AND seq = $2', [stream, seq]);
          } else if (kind === 'swap') {
            const a = await row(seq);
            const b = await row(seq + 1);
            await dataSource.query('UPDATE audit_events SET action = $2, after = $3 WHERE id = $1', [
              a.id,
              b.action,
              b.after,
            ]);
            await dataSource.query('UPDATE audit_events SET action = $2, after = $3 WHERE id = $1', [
              b.id,
              a.action,
              a.after,
            ]);
          } else {
            // A forger who recomputes the row's own hash still breaks the next link.
            const a = await row(seq);
            const forged = { n: text };
            const hash = auditHash({
              stream,
              seq,
              action: a.action,
              actorId: a.actor_id,
              actorRole: a.actor_role,
              requestId: a.request_id,
              before: a.before,
              after: forged,
              at: new Date(a.at).toISOString(),
              prevHash: a.prev_hash,
            });
            await dataSource.query('UPDATE audit_events SET after = $2, hash = $3 WHERE id = $1', [a.id, forged, hash]);
          }
          const result = await verifyAuditChains(dataSource, { stream });
          expect(result.breaks).toHaveLength(1);
          // Edits and swaps break the row itself; a deletion or a re-hashed forgery breaks the next link.
          const firstBroken = kind === 'delete' || kind === 'forge' || kind === 'truncate' ? seq + 1 : seq;
          expect(result.breaks[0]!.seq).toBe(firstBroken);
        },
      ),
      { numRuns: 60 },
    );
  });
});
