import type { SchemaObject } from '../openapi/answers';

/** What the review operations answer. */
export const REVIEW_SCHEMAS: Record<string, SchemaObject> = {};
