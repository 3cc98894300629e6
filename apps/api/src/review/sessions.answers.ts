import type { SchemaObject } from '../openapi/answers';

/** What the sessions operations answer. */
export const SESSIONS_SCHEMAS: Record<string, SchemaObject> = {};
