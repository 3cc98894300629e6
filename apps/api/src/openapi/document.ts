import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_ANSWER } from './problem.schema';
import { ANSWER_SCHEMAS } from './schemas';

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
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // Every POST takes an Idempotency-Key (apps/api/src/http/idempotency.interceptor.ts).
  for (const item of Object.values(document.paths)) {
    if (item.post) item.post.parameters = [...(item.post.parameters ?? []), IDEMPOTENCY_KEY_PARAMETER];
  }
  // Every operation may answer a problem; the answers' named schemas live beside their controllers.
  for (const item of Object.values(document.paths))
    for (const operation of [item.get, item.put, item.post, item.patch, item.delete])
      if (operation) operation.responses = { ...operation.responses, default: PROBLEM_ANSWER };
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...ANSWER_SCHEMAS },
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

/** Serves the document at /api/openapi.json and a docs UI at /api/docs. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
}
