/** A private redis-server for the embedded default, without BullMQ or the queues' modules (see the launcher). */
export { findRedisServer, launchRedis, RedisNotInstalledError, type LaunchedRedis } from './redis-launcher';
