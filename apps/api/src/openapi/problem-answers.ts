import { applyDecorators } from '@nestjs/common';
import { ApiResponse, type OpenAPIObject } from '@nestjs/swagger';

type Operation = OpenAPIObject['paths'][string]['get'] & object;

/** What each problem status means across the API (the `code` member names the case). */
const PROBLEM_TEXT: Record<number, string> = {
  400: 'The request does not validate: validation_failed (with `errors`), input_too_complex, malformed_request …',
  401: 'No valid access token (unauthenticated …); login and refresh: the credentials or the refresh token are refused',
  403: 'The caller’s roles or relation to the resource do not allow this (forbidden)',
  404: 'No such resource, or one the caller may not know of (not_found)',
  409: 'version_conflict (If-Match is not the current version; `currentVersion` says which is), or another conflict with the current state',
  422: 'The request is understood but refused in this state: an event not allowed now (`allowedEvents`), idempotency_key_reused …',
  428: 'If-Match is missing (precondition_required): read the resource and send its version',
  429: 'rate_limited: too many anonymous requests from this address; too_many_login_attempts (login): both with `retryAfterSeconds` and Retry-After',
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Problems only the controller knows an operation gives (401 of a wrong password, 409 of a taken e-mail …). */
export function Problems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, ...problem(PROBLEM_TEXT[status] ?? 'A problem') })),
  );
}

/** The anonymous routes counted per client address (apps/api/src/http/anonymous-rate-limits.ts). */
const rateLimited = (path: string) =>
  path.startsWith('/api/v1/public/') || path === '/api/v1/auth/login' || path === '/api/v1/auth/refresh';

/**
 * Names the 4xx problems an operation can give, from what it takes: input can fail validation (400), a token can be
 * missing (401) or not enough (403), a path id can name nothing (404), If-Match can be stale (409) or missing (428),
 * a POST's Idempotency-Key can be reused with another request (422), an anonymous route can be over its limit (429).
 * The `default` answer still covers the rest (413, 415, 5xx …).
 */
export function addProblemAnswers(path: string, method: string, operation: Operation): void {
  const parameters = (operation.parameters ?? []).filter((p) => 'in' in p);
  const ifMatch = parameters.find((p) => p.in === 'header' && p.name === 'If-Match');
  const secured = (operation.security ?? []).length > 0;
  const statuses = new Set<number>();
  if (operation.requestBody || parameters.some((p) => p.in !== 'path')) statuses.add(400);
  if (secured) statuses.add(401).add(403);
  if (path.includes('{')) statuses.add(404);
  if (ifMatch) statuses.add(409);
  if (ifMatch?.required) statuses.add(428);
  if (method === 'post' && secured) statuses.add(422);
  if (rateLimited(path)) statuses.add(429);
  const responses = { ...operation.responses };
  for (const status of statuses) responses[status] ??= problem(PROBLEM_TEXT[status]!);
  // Success first, then the problems by status, then `default`.
  operation.responses = Object.fromEntries(
    Object.entries(responses).sort(([a], [b]) => (a === 'default' ? 1 : b === 'default' ? -1 : Number(a) - Number(b))),
  );
}
