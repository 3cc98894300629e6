import type { SchemaObject } from '../openapi/answers';

/** What the admin operations answer. */
export const ADMIN_SCHEMAS: Record<string, SchemaObject> = {};
