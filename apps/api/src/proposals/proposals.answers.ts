import type { SchemaObject } from '../openapi/answers';

/** What the proposals operations answer. */
export const PROPOSALS_SCHEMAS: Record<string, SchemaObject> = {};
