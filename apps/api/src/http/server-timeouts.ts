import type { AppConfig } from '@kyodo/config';

/**
 * How often Node looks for requests past their time: its default (30 s)
 * would let a slow socket live up to half a minute beyond the limit.
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

/**
 * The server's clock on every socket. Without it Fastify waits for a request
 * forever (`requestTimeout` 0): a client sending a declared 100 KB body at a
 * byte a second held its socket indefinitely, and 200 of them a server's
 * sockets. A request past its time is answered 408 (framework-errors.ts) and
 * its socket closed; a response that streams for long (a session's live
 * view) is not a request in arrival and is not cut.
 */
export function serverTimeouts(config: AppConfig) {
  return {
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    http: {
      requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
      headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
  };
}
