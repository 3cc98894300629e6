import { ADMIN_SCHEMAS } from '../admin/admin.answers';
import { AUTH_SCHEMAS } from '../auth/auth.answers';
import { HEALTH_SCHEMAS } from '../health/health.answers';
import { NOTIFICATIONS_SCHEMAS } from '../notifications/notifications.answers';
import { PROPOSALS_SCHEMAS } from '../proposals/proposals.answers';
import { PUBLIC_SCHEMAS } from '../public/public.answers';
import { REPORTS_SCHEMAS } from '../reports/reports.answers';
import { REVIEW_SCHEMAS } from '../review/review.answers';
import { SESSIONS_SCHEMAS } from '../review/sessions.answers';
import type { SchemaObject } from './answers';
import { PROBLEM_SCHEMAS } from './problem.schema';

/** Every named schema the answers refer to, one file per area next to its controllers; a name is one schema. */
export const ANSWER_SCHEMAS: Record<string, SchemaObject> = merged([
  PROBLEM_SCHEMAS,
  AUTH_SCHEMAS,
  HEALTH_SCHEMAS,
  ADMIN_SCHEMAS,
  NOTIFICATIONS_SCHEMAS,
  PROPOSALS_SCHEMAS,
  PUBLIC_SCHEMAS,
  REPORTS_SCHEMAS,
  REVIEW_SCHEMAS,
  SESSIONS_SCHEMAS,
]);

function merged(parts: Array<Record<string, SchemaObject>>): Record<string, SchemaObject> {
  const all: Record<string, SchemaObject> = {};
  for (const part of parts)
    for (const [name, schema] of Object.entries(part)) {
      if (name in all) throw new Error(`answer schema ${name} is declared twice`);
      all[name] = schema;
    }
  return all;
}
