export * from './job-catalogue';
export { createProducerConnection, createRequestPathConnection, createWorkerConnection } from './redis-connection';
export { enqueueAllInOutbox, enqueueInOutbox, Outbox, type OutboxEntry } from './outbox';
export { OutboxRelay, type RelayOptions } from './outbox-relay';
export { OutboxRepository, type ClaimedOutboxMessage, type NewOutboxMessage } from './outbox.repository';
export { OutboxMessageEntity } from './outbox-message.entity';
export { QueuesModule } from './queues.module';
export { launchRedis, findRedisServer, RedisNotInstalledError, type LaunchedRedis } from './redis-launcher';
export { MicroBatcher, type BatchOutcome, type PendingOutcome } from './micro-batcher';
