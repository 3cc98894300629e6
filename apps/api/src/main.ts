import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { ConfigError, loadConfig } from '@kyodo/config';
import { ActorGrantsCache, FirstAdmin } from '@kyodo/identity';
import { exitIfShutdownHangs } from '@kyodo/platform';
import { AppModule } from './app.module';
import { ATTACHMENT_MEDIA_TYPES } from './proposals/attachments.controller';
import { setupOpenApi } from './openapi/document';
import { createValidationPipe } from './http/validation';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors';
import { refuseInputBeyondLimits } from './http/input-limits';
import { limitedJsonParser } from './http/json-limits';
import { serveWebApp } from './http/web-app';
import { serverTimeouts } from './http/server-timeouts';
import { limitAnonymousRoutes } from './http/anonymous-rate-limits';
import { applySecurityHeaders } from './http/security-headers';

const VERBOSE = ['debug', 'trace'];
/** Methods that change nothing; any other request may change someone's grants. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function bootstrap(): Promise<void> {
  process.title = 'kyodo-api';
  const config = loadConfig();
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    ...serverTimeouts(config),
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
    },
    // Off unless configured: a trusted X-Forwarded-For would let any client choose the address it is limited by.
    trustProxy: config.trustProxy,
    // Fastify's logger only when request lines are asked for: per-request child loggers halve the throughput of
    // a light route (measured 16k → 9.5k req/s), and at info and above Nest's logger reports what matters.
    logger: VERBOSE.includes(config.LOG_LEVEL) ? requestLogger(config.LOG_LEVEL) : false,
    // Fastify's own request lines are off (they log at info, with the query string); ours are below, at debug.
    logController: new LogController({ disableRequestLogging: true }),
    // Router and HTTP-parser rejections are problems too, like every other error.
    frameworkErrors,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forFace(config.API_FACE), adapter, {
    abortOnError: false,
    logger: nestLogLevels(config.LOG_LEVEL),
  });
  app.enableShutdownHooks();
  exitIfShutdownHangs((message) => new Logger('Shutdown').error(message));
  await applySecurityHeaders(app.getHttpAdapter().getInstance());
  await limitAnonymousRoutes(app, config);
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false });
  app.useGlobalPipes(createValidationPipe());
  // Bodies and queries beyond the input limits are refused before guards, interceptors and pipes: JSON from its raw
  // text before it is parsed, anything else (queries, forms) once parsed.
  app.useBodyParser(
    'application/json',
    { bodyLimit: config.BODY_LIMIT_BYTES },
    limitedJsonParser(app.getHttpAdapter().getInstance()),
  );
  app.getHttpAdapter().getInstance().addHook('preValidation', refuseInputBeyondLimits);
  const actorGrants = app.get(ActorGrantsCache);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      void reply.header('x-request-id', request.id);
      // After the handler (and its transaction), before the response leaves: see ActorGrantsCache.
      if (!SAFE_METHODS.has(request.method)) actorGrants.clear();
    });
  // Request lines only when asked for: a hook on every response costs throughput even when it logs nothing.
  if (VERBOSE.includes(config.LOG_LEVEL)) {
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onResponse', async (request, reply) => {
        request.log.debug({ req: request, res: reply, ms: Math.round(reply.elapsedTime) }, 'request completed');
      });
  }
  // Attachments arrive as raw bytes; their real type is checked from the content later.
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser(
      ATTACHMENT_MEDIA_TYPES,
      { parseAs: 'buffer', bodyLimit: config.ATTACHMENT_MAX_BYTES },
      (_request: unknown, body: Buffer, done: (error: Error | null, body?: Buffer) => void) => done(null, body),
    );
  setupOpenApi(app, { ui: config.API_DOCS_UI === 'true' });
  await serveWebApp(app, config.KYODO_WEB_DIR, config.API_FACE);
  // The public face writes nothing (it may run on a read-only role): the operator is created by the staff face.
  if (config.API_FACE === 'all' && config.KYODO_ADMIN_EMAIL && config.KYODO_ADMIN_PASSWORD) {
    const created = await app.get(FirstAdmin).ensure(config.KYODO_ADMIN_EMAIL, config.KYODO_ADMIN_PASSWORD);
    // Not the address itself: logs carry no personal data.
    if (created) new Logger('Bootstrap').log('created the first administrator from KYODO_ADMIN_EMAIL');
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  new Logger('Bootstrap').log(`Kyodo API listening on http://localhost:${config.PORT}`);
  // Tells a supervising launcher that a later exit is a crash to recover from, not a failed start.
  process.send?.({ kyodo: 'ready' });
  process.channel?.unref(); // the channel must not keep a stopping process alive
}

/** Nest's levels for LOG_LEVEL (pino's names), most verbose first. */
function nestLogLevels(level: string): LogLevel[] | false {
  const order: Array<[string, LogLevel]> = [
    ['trace', 'verbose'],
    ['debug', 'debug'],
    ['info', 'log'],
    ['warn', 'warn'],
    ['error', 'error'],
    ['fatal', 'fatal'],
  ];
  const from = order.findIndex(([name]) => name === level);
  return from < 0 ? false : order.slice(from).map(([, nest]) => nest);
}

/**
 * Fastify's pino logger: a request is logged by method, path (never the query
 * string, which may carry personal data), status and time. Redaction is the
 * second line of defence should anything log a request's headers or a body.
 */
function requestLogger(level: string) {
  return {
    level,
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        'body',
        'req.body',
        '*.password',
        '*.refreshToken',
        '*.accessToken',
        '*.email',
        '*.phone',
      ],
      censor: '[redacted]',
    },
  };
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`kyodo-api: ${error.message}\n`);
  } else {
    process.stderr.write(`kyodo-api: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
