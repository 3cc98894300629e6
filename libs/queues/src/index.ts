export * from './job-catalogue';
export { createProducerConnection, createRequestPathConnection, createWorkerConnection } from './redis-connection';
export { enqueueInOutbox, type OutboxEntry } from './outbox';
export { OutboxRelay, type RelayOptions } from './outbox-relay';
export { launchRedis, findRedisServer, RedisNotInstalledError, type LaunchedRedis } from './redis-launcher';
export { MicroBatcher, type BatchOutcome, type PendingOutcome } from './micro-batcher';
