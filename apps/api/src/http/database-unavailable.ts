import { ReadReplicaUnavailableError } from '@kyodo/persistence';

/** Socket-level failures: the database went away or cannot be reached. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/** PostgreSQL SQLSTATEs of class 08 (connection exception) and 57P0x (the server is shutting down or starting). */
const SQLSTATE = /^(08\d{3}|57P0[1-3])$/;
/**
 * What `pg` and its pool say when they cannot get or keep a connection, and what a replica says when its replay cancels
 * a public read (retry: the next one sees the replayed rows).
 */
const MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection error|Client was closed|terminating connection|the database system is (starting up|shutting down)|conflict with recovery/i;

/**
 * Whether an error means "the database (or the read replica) is unavailable right now", which a
 * client should hear as 503 (retry later), not as a 500 bug. TypeORM wraps
 * the driver's error; both are looked at.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // The read replica was not reached since the process started (or since it went down): the public reads wait for it.
  if (error instanceof ReadReplicaUnavailableError) return true;
  for (const candidate of [error, (error as { driverError?: unknown })?.driverError]) {
    if (!candidate || typeof candidate !== 'object') continue;
    const { code, message } = candidate as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
  }
  return false;
}
