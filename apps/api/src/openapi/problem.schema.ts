import type { SchemaObject } from '@nestjs/swagger';

/** RFC 9457 problem details as apps/api/src/http/problem.ts builds them; every operation's `default` answer. */
export const PROBLEM_SCHEMAS: Record<string, SchemaObject> = {
  Problem: {
    type: 'object',
    description:
      'RFC 9457 problem details (application/problem+json). `title` is in the caller’s language; `code` is stable. ' +
      'Some problems carry more members: `errors` and `omittedErrors` (validation), `currentVersion` (409), `allowedEvents` (422), `retryAfterSeconds` (429) …',
    required: ['type', 'title', 'status', 'code', 'requestId'],
    properties: {
      type: { type: 'string', format: 'uri', example: 'https://kyodo.jp/problems/validation-failed' },
      title: { type: 'string', example: '入力内容に誤りがあります。各項目を確認してください。' },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string' },
      instance: {
        type: 'string',
        maxLength: 200,
        description: 'The request path, without the query string; left out when longer than 200 characters',
      },
      code: { type: 'string', example: 'validation_failed' },
      requestId: { type: 'string', description: 'Quote it when asking for help; the server log has it' },
      errors: {
        type: 'array',
        description:
          'validation_failed: the fields that failed and why, the first 20 at most; input_too_complex: where the ' +
          'body or query goes beyond the input limits (keys in one object, values in all, nesting depth). ' +
          'A field name or message longer than 200 characters is cut there (…).',
        maxItems: 20,
        items: {
          type: 'object',
          required: ['field', 'messages'],
          properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } },
        },
      },
      omittedErrors: {
        type: 'integer',
        minimum: 1,
        description: 'validation_failed: how many more fields failed than `errors` lists (present only then)',
      },
      currentVersion: { type: 'integer', description: 'version_conflict: the version to read again' },
      retryAfterSeconds: {
        type: 'integer',
        minimum: 1,
        description:
          'rate_limited (too many anonymous requests from this address), too_many_login_attempts (this account): ' +
          'seconds until a new attempt is counted again; the same number as the Retry-After header',
      },
      unmet: {
        type: 'array',
        description:
          'event_not_allowed for FINALIZE: every condition of the decision not met now; `detail` says them in words',
        items: {
          type: 'object',
          required: ['condition'],
          properties: {
            condition: {
              type: 'string',
              enum: [
                'not_in_joint_evaluation',
                'not_chair',
                'no_session',
                'quorum_not_met',
                'decision_missing',
                'reason_missing',
                'conditions_missing',
              ],
            },
            state: { type: 'string', description: 'not_in_joint_evaluation: the proposal’s state' },
            quorum: { type: 'integer', description: 'quorum_not_met: the session’s quorum' },
            present: { type: 'integer', description: 'quorum_not_met: members recorded present' },
            recused: { type: 'integer', description: 'quorum_not_met: of those present, recused for this proposal' },
            counted: { type: 'integer', description: 'quorum_not_met: present less recused' },
          },
        },
      },
      gaps: {
        type: 'array',
        description: 'score_sheet_incomplete: each criterion that lacks something, and what (`missing` keeps the keys)',
        items: {
          type: 'object',
          required: ['criterion', 'missing'],
          properties: {
            criterion: { type: 'string' },
            missing: { type: 'array', items: { type: 'string', enum: ['score', 'comment'] } },
          },
        },
      },
    },
    additionalProperties: true,
  },
};

/** Every operation may answer a problem: documented once as its `default` answer. */
export const PROBLEM_ANSWER = {
  description: 'An RFC 9457 problem (4xx the caller can fix, 5xx ours)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
