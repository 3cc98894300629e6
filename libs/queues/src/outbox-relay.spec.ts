import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@kyodo/persistence';
import { SystemClock } from '@kyodo/platform';
import { createTestDatabase, TEST_DB, type TestDatabase, freePort } from '@kyodo/testing';
import { enqueueAllInOutbox, enqueueInOutbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';
import { createProducerConnection } from './redis-connection';
import { launchRedis, type LaunchedRedis } from './redis-launcher';

describe(`outbox relay on ${TEST_DB} with a private Redis`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let dir: string;
  let port: number;
  let redis: LaunchedRedis;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 3 });
    await dataSource.initialize();
    await migrate(dataSource);
    dir = mkdtempSync(join(tmpdir(), 'kyodo-relay-'));
    port = await freePort();
    redis = await launchRedis(dir, port);
  });

  const closables: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const close of closables.splice(0)) await close();
  });

  afterAll(async () => {
    await redis.stop();
    await dataSource.destroy();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A relay on the private Redis under its own key prefix, closed after the test. Its connection's error events are
   * ignored (the first test stops Redis on purpose): every test asserts what the relay did instead.
   */
  const startRelay = (prefix: string) => {
    const connection = createProducerConnection(redis.url);
    connection.on('error', () => undefined);
    const relay = new OutboxRelay(new OutboxRepository(dataSource), connection, new SystemClock(), {
      batchSize: 100,
      prefix,
    });
    closables.push(
      () => relay.close(),
      () => connection.disconnect(),
    );
    return { relay };
  };

  const write = (n: number) =>
    dataSource.transaction(async (manager) => {
      for (let i = 0; i < n; i++) {
        await enqueueInOutbox(manager, {
          name: 'health.canary',
          municipalityId: null,
          payload: { nonce: `n${i}` },
        });
      }
    });

  it('keeps rows while Redis is away and sends each exactly once after it returns', async () => {
    const { relay } = startRelay('relaytest');
    await write(5);
    expect(await relay.relayOnce()).toBe(5);

    await redis.stop();
    await write(7);
    await expect(relay.relayOnce()).rejects.toThrow();
    expect(await relay.pendingCount()).toBe(7);

    redis = await launchRedis(dir, port);
    const deadline = Date.now() + 5000;
    let sent = 0;
    while (sent < 7 && Date.now() < deadline) {
      sent += await relay.relayOnce().catch(() => 0);
    }
    expect(sent).toBe(7);
    expect(await relay.pendingCount()).toBe(0);

    const queue = new Queue('health', { connection: { url: redis.url }, prefix: 'relaytest' });
    closables.push(() => queue.close());
    // Redis kept its append-only file across the restart: 5 + 7 jobs, none twice.
    expect(await queue.getJobCountByTypes('waiting', 'delayed', 'prioritized')).toBe(12);
  });

  it('adds a row that another relay already sent only once (deterministic job id)', async () => {
    const { relay } = startRelay('dup');
    await dataSource.query('DELETE FROM outbox');
    await write(3);
    expect(await relay.relayOnce()).toBe(3);
    // A relay that crashed after adding but before marking the rows sent leaves them pending.
    await dataSource.query('UPDATE outbox SET dispatched_at = NULL');
    expect(await relay.relayOnce()).toBe(3);
    const queue = new Queue('health', { connection: { url: redis.url }, prefix: 'dup' });
    closables.push(() => queue.close());
    expect(await queue.getJobCountByTypes('waiting', 'delayed', 'prioritized')).toBe(3);
  });

  it('writes several effects in one statement as one at a time would, and relays each once', async () => {
    await dataSource.query('DELETE FROM outbox');
    const deliverAt = new Date(Date.now() + 3_600_000);
    const entries = [
      { name: 'health.canary' as const, municipalityId: null, payload: { nonce: 'a' }, effectKey: 'transition:1' },
      { name: 'health.canary' as const, municipalityId: null, payload: { nonce: 'b' }, deliverAt },
    ];
    const ids = await dataSource.transaction((manager) => enqueueAllInOutbox(manager, entries));
    const alone = await dataSource.transaction((manager) =>
      enqueueInOutbox(manager, { ...entries[0]!, effectKey: 'transition:2' }),
    );
    const rows: Array<{
      id: string;
      job_id: string;
      payload: { nonce: string; outboxId: string };
      deliver_at: Date | null;
    }> = await dataSource.query('SELECT id, job_id, payload, deliver_at FROM outbox');
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(ids).toHaveLength(2);
    const [first, second, single] = [byId.get(ids[0]!)!, byId.get(ids[1]!)!, byId.get(alone)!];
    expect(first.payload).toEqual({ nonce: 'a', outboxId: ids[0] });
    expect(second.payload).toEqual({ nonce: 'b', outboxId: ids[1] });
    expect(second.deliver_at?.toISOString()).toBe(deliverAt.toISOString());
    expect(first.deliver_at).toBeNull();
    // The same effect key names the same job whichever way it was written.
    expect(first.job_id).toMatch(/^health\.canary--[0-9a-f]{32}$/);
    expect(single.job_id).not.toBe(first.job_id);
    expect(second.job_id).toBe(`health.canary--${ids[1]}`);
    const { relay } = startRelay('several');
    expect(await relay.relayOnce()).toBe(3);
    expect(await relay.relayOnce()).toBe(0);
  });

  it('holds back rows kept for a batch announcement until they are released', async () => {
    const { relay } = startRelay('held');
    await dataSource.query('DELETE FROM outbox');
    const callId = '00000000-0000-4000-8000-000000000001';
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < 4; i++) {
        await enqueueInOutbox(manager, {
          name: 'health.canary',
          municipalityId: null,
          payload: { nonce: `h${i}` },
          heldForCall: callId,
        });
      }
      await enqueueInOutbox(manager, { name: 'health.canary', municipalityId: null, payload: { nonce: 'free' } });
    });
    expect(await relay.relayOnce()).toBe(1);
    expect(await relay.relayOnce()).toBe(0);
    await dataSource.query('UPDATE outbox SET held_for_call = NULL WHERE held_for_call = $1', [callId]);
    expect(await relay.relayOnce()).toBe(4);
  });
});
