import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_OPERATION } from '../auth/public.decorator';
import { addProblemAnswers } from './problem-answers';
import { PROBLEM_ANSWER, PROBLEM_SCHEMAS } from './problem.schema';

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Kyodo API')
    .setDescription(
      '協働事業提案制度の運営システム — collaborative-project proposal schemes for municipalities. ' +
        'Errors are RFC 9457 application/problem+json with a stable `code`. ' +
        'The anonymous routes (login and refresh together, the public reads and open data together) are limited per ' +
        'client address and window: beyond it they answer 429 `rate_limited` with `Retry-After`.',
    )
    .setVersion('1')
    .addServer('/', 'This API: the paths are absolute, on the host that serves the document')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // Every POST takes an Idempotency-Key (apps/api/src/http/idempotency.interceptor.ts).
  for (const item of Object.values(document.paths)) {
    if (item.post) item.post.parameters = [...(item.post.parameters ?? []), IDEMPOTENCY_KEY_PARAMETER];
  }
  for (const [path, item] of Object.entries(document.paths))
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      // Public (@Public()) says so; every other route is behind the global auth guard, so takes the bearer token.
      const isPublic = (operation as unknown as Record<string, unknown>)[PUBLIC_OPERATION] === true;
      delete (operation as unknown as Record<string, unknown>)[PUBLIC_OPERATION];
      operation.security = isPublic ? [] : (operation.security ?? [{ bearer: [] }]);
      // Every operation names the problems it can give and may answer any other as its `default`.
      operation.responses = { ...operation.responses, default: PROBLEM_ANSWER };
      addProblemAnswers(path, method, operation);
    }
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...PROBLEM_SCHEMAS },
  };
  return document;
}

const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header' as const,
  required: false,
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
  description:
    'Signed-in callers: repeating a POST with the same key within 24 hours returns the first answer without doing it again (header Idempotent-Replayed: true); the same key with a different request is refused with 422.',
};

/**
 * What the docs UI needs and no more: its own scripts (bundle, preset, init
 * script — no inline script), its stylesheet and the inline styles of its
 * page, the icons its CSS carries as data: URIs, and calls to this API for
 * "Try it out". Nothing may frame it, post a form from it or load a plug-in.
 */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Serves the document at /api/openapi.json (and .yaml) and, unless `ui` is
 * false (API_DOCS_UI), a docs UI at /api/docs under its own content security
 * policy.
 */
export function setupOpenApi(app: NestFastifyApplication, options: { ui: boolean }): void {
  const document = buildOpenApiDocument(app);
  if (options.ui) {
    // Set on the docs routes as they are added: a hook of their own, not a check on every request of the API.
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRoute', (route) => {
        if (!route.url.startsWith('/api/docs')) return;
        const own = route.onSend ? [route.onSend].flat() : [];
        route.onSend = [
          ...own,
          async (_request, reply, payload) => {
            void reply.header('content-security-policy', DOCS_CONTENT_SECURITY_POLICY);
            return payload;
          },
        ];
      });
  }
  SwaggerModule.setup('api/docs', app, document, {
    ui: options.ui,
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
}
