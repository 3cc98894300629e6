import type { SchemaObject } from '../openapi/answers';

/** What the reports operations answer. */
export const REPORTS_SCHEMAS: Record<string, SchemaObject> = {};
