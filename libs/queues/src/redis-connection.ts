import { Redis, type RedisOptions } from 'ioredis';

/**
 * BullMQ's production guidance: workers block on Redis and must retry
 * forever (`maxRetriesPerRequest: null`); producers must fail fast instead of
 * queueing commands while Redis is away (`enableOfflineQueue: false`), so a
 * caller learns at once and the outbox keeps the message.
 */
export function createWorkerConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, ...retry() });
}

export function createProducerConnection(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    ...retry(),
  });
}

/**
 * For a check that runs inside a request (the per-address rate limits): a
 * command that cannot be sent fails at once, one that gets no answer fails
 * after half a second, and none is retried, so a request never waits on Redis.
 */
export function createRequestPathConnection(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: 500,
    ...retry(),
  });
}

function retry(): RedisOptions {
  // Reconnect quickly and keep trying: Redis coming back must be noticed within seconds.
  return { retryStrategy: (attempt: number) => Math.min(attempt * 100, 1000), lazyConnect: false };
}
