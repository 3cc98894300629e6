import type { SchemaObject } from '../openapi/answers';

/** What the public operations answer. */
export const PUBLIC_SCHEMAS: Record<string, SchemaObject> = {};
