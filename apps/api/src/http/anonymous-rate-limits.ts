import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@kyodo/config';
import { RateLimitedError } from '@kyodo/platform';
import { createRequestPathConnection } from '@kyodo/queues';
import { sendProblem } from './problem.filter';

/** Routes anyone may call without a token, by the route pattern a request matched. */
const AUTH_ROUTES = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/refresh',
  '/api/v1/auth/password-reset',
  '/api/v1/auth/password-reset/confirm',
  '/api/v1/auth/email-change/confirm',
  '/api/v1/auth/oidc/:municipalityCode/start',
  '/api/v1/auth/oidc/callback',
  '/api/v1/auth/oidc/exchange',
  '/api/v1/auth/group-registration/confirm',
]);
const PUBLIC_PREFIX = '/api/v1/public/';

/**
 * Per client address limits on the anonymous routes: login, refresh and the
 * e-mailed links (password reset, e-mail change) share one count, the public reads (open data included) another. The counts live
 * in Redis under the deployment's prefix, so every API process shares them.
 * No other route is counted: the rest need a token, and are limited by whose it is.
 *
 * Registered before Nest adds its routes, as one onRequest hook that picks the
 * count by route (Nest's decorators cannot carry settings read at boot).
 * Redis away or slow: the check is skipped and the request goes on.
 */
export async function limitAnonymousRoutes(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  if (!config.rateLimitEnabled) return;
  const redis = createRequestPathConnection(config.REDIS_URL ?? 'redis://127.0.0.1:6379');
  // While Redis is away every command fails fast and the limits stand aside; /health/ready reports Redis.
  redis.on('error', () => undefined);
  await app.register(rateLimit, {
    global: false,
    redis,
    nameSpace: `${config.KYODO_QUEUE_PREFIX}:rate-limit:`,
    skipOnError: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const countPerAddress = (group: string, max: number) =>
    fastify.createRateLimit({
      max,
      timeWindow: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
      // IPv6 clients by their /64, as the plugin's own key does: one host usually holds a whole /64.
      keyGenerator: (request: FastifyRequest) => `${group}:${normalizeIP(request.ip)}`,
    });
  const auth = countPerAddress('auth', config.RATE_LIMIT_AUTH_MAX);
  const publicReads = countPerAddress('public', config.RATE_LIMIT_PUBLIC_MAX);
  fastify.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route === undefined) return;
    const count = AUTH_ROUTES.has(route) ? auth : route.startsWith(PUBLIC_PREFIX) ? publicReads : undefined;
    if (!count) return;
    const verdict = await count(request);
    if (verdict.isAllowed || !verdict.isExceeded) return;
    sendProblem(new RateLimitedError(Math.max(1, verdict.ttlInSeconds)), request, reply);
    return reply;
  });
  fastify.addHook('onClose', async () => redis.disconnect());
}
