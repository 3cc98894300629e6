import type { SchemaObject } from '../openapi/answers';

/** What the notifications operations answer. */
export const NOTIFICATIONS_SCHEMAS: Record<string, SchemaObject> = {};
