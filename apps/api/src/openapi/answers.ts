import { applyDecorators, type Type } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';

/**
 * How a controller documents what an operation answers. The answer's schema is generated from its response class
 * (`*.response.ts` beside the controller: `@ApiProperty` on every member), which is also the method's declared
 * return type; the e2e suites keep it true: every JSON answer their ApiClient receives is checked against the
 * document, undocumented members included (libs/testing api-contract.ts).
 */

/** The operation's JSON answer for `status`: an instance of `type`, or a list of them (`[type]`). */
export function Answer(status: number, description: string, type: Type<unknown> | [Type<unknown>]) {
  return Array.isArray(type)
    ? ApiResponse({ status, description, type: type[0], isArray: true })
    : ApiResponse({ status, description, type });
}

/** An answer without a body (204, or a redirect). */
export function EmptyAnswer(status: number, description: string) {
  return ApiResponse({ status, description });
}

/** A file or stream: the media types it comes as (CSV, ZIP, PDF, text/event-stream …). */
export function FileAnswer(status: number, description: string, mediaTypes: string[]) {
  const content = Object.fromEntries(
    mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  );
  return applyDecorators(ApiProduces(...mediaTypes), ApiResponse({ status, description, content }));
}

/**
 * Options of a member that may hold any JSON value (a free-form audit payload, a field of either version), each
 * kind named: `@ApiProperty` left alone would say `type: object`, and the linter refuses an empty schema.
 */
export const ANY_JSON_VALUE = {
  anyOf: [
    { type: 'object', additionalProperties: true, nullable: true },
    { type: 'array', items: {} },
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
  ],
};

/** A `date-time` member: entities hold a Date, views an ISO 8601 string; both are the same string in JSON. */
export type Timestamp = string | Date;
