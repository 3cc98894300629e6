import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SystemClock } from '@kyodo/platform';
import { createProducerConnection, enqueueInOutbox, OutboxRelay, OutboxRepository } from '@kyodo/queues';

export interface ThroughputResult {
  perSecond: number;
  count: number;
  seconds: number;
}

/** Outbox → BullMQ through the relay, for `count` committed rows. */
export async function relayThroughput(
  dataSource: DataSource,
  redisUrl: string,
  count: number,
): Promise<ThroughputResult> {
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  await dataSource.query('DELETE FROM outbox');
  for (let offset = 0; offset < count; offset += 1000) {
    await dataSource.transaction(async (manager) => {
      for (let i = offset; i < Math.min(count, offset + 1000); i++) {
        await enqueueInOutbox(manager, { name: 'health.canary', municipalityId: null, payload: { nonce: `n${i}` } });
      }
    });
  }
  const connection = createProducerConnection(redisUrl);
  const relay = new OutboxRelay(new OutboxRepository(dataSource), connection, new SystemClock(), {
    batchSize: 500,
    prefix,
  });
  const started = performance.now();
  let sent = 0;
  while (sent < count) sent += await relay.relayOnce();
  const seconds = (performance.now() - started) / 1000;
  await relay.close();
  await cleanQueue(redisUrl, prefix);
  connection.disconnect();
  return { perSecond: count / seconds, count, seconds };
}

/** The baseline: the same number of jobs straight into BullMQ with addBulk, in the same batch size. */
export async function rawAddBulkThroughput(redisUrl: string, count: number): Promise<ThroughputResult> {
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const connection = createProducerConnection(redisUrl);
  const queue = new Queue('health', { connection, prefix });
  const started = performance.now();
  for (let offset = 0; offset < count; offset += 500) {
    const size = Math.min(500, count - offset);
    await queue.addBulk(
      Array.from({ length: size }, (_, i) => ({
        name: 'health.canary',
        data: { nonce: `n${offset + i}` },
        opts: { jobId: `health.canary--${offset + i}` },
      })),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await queue.close();
  await cleanQueue(redisUrl, prefix);
  connection.disconnect();
  return { perSecond: count / seconds, count, seconds };
}

async function cleanQueue(redisUrl: string, prefix: string): Promise<void> {
  const queue = new Queue('health', { connection: { url: redisUrl }, prefix });
  await queue.obliterate({ force: true });
  await queue.close();
}
