import type { SchemaObject } from '../openapi/answers';

const check: SchemaObject = {
  type: 'object',
  required: ['status', 'latencyMs'],
  properties: {
    status: { type: 'string', enum: ['ok', 'fail'] },
    latencyMs: { type: 'integer', minimum: 0 },
    error: { type: 'string', description: 'Why the check failed' },
  },
};

/** What the probes answer. */
export const HEALTH_SCHEMAS: Record<string, SchemaObject> = {
  Liveness: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
  Readiness: {
    type: 'object',
    required: ['status', 'checks'],
    properties: {
      status: { type: 'string', enum: ['ok', 'fail'] },
      checks: {
        type: 'object',
        required: ['database', 'redis', 'worker'],
        properties: { database: check, redis: check, worker: check },
      },
    },
  },
};
