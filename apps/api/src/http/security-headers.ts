import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

/** Headers a throwaway server answers that are not helmet's. */
const NOT_HELMETS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * helmet's headers (HSTS, nosniff, frame and opener policies ...), worked out once at start and set on every
 * answer with one call. They depend on nothing in the request, and helmet's chain of a dozen middlewares per
 * request was a twentieth of the API's time on an authenticated read (--cpu-prof, GET /api/v1/calls). The set is
 * what @fastify/helmet itself answers, read from a throwaway server, so helmet stays the one source of the rules.
 * Routes that serve files add their own (Content-Security-Policy of the web app, nosniff on downloads).
 */
export async function applySecurityHeaders(fastify: FastifyInstance): Promise<void> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, { contentSecurityPolicy: false });
  probe.get('/', async () => ({}));
  const answer = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (!NOT_HELMETS.has(name) && typeof value === 'string') headers[name] = value;
  }
  if (!headers['strict-transport-security'] || headers['x-content-type-options'] !== 'nosniff') {
    throw new Error(`helmet's headers could not be read: ${JSON.stringify(answer.headers)}`);
  }
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
