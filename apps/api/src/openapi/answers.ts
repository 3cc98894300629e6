import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * How a controller documents what an operation answers. The schemas are written by hand next to each controller
 * (`*.answers.ts`, registered in ./schemas.ts) and kept true by the e2e suites: every JSON answer their ApiClient
 * receives is checked against the document, undocumented members included (libs/testing api-contract.ts).
 */
export type Schema = SchemaObject | ReferenceObject;
export type { SchemaObject };

/** A named schema of `components.schemas`. */
export const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

/** An array of `item`. */
export const listOf = (item: Schema): SchemaObject => ({ type: 'array', items: item });

/** A cursor page of `item` (lists take `limit` ≤ 100 and the `cursor` of the page before). */
export const pageOf = (item: Schema): SchemaObject => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: {
    items: listOf(item),
    nextCursor: { type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last' },
  },
});

/**
 * `value` or null, as OpenAPI 3.0 says it: beside a `$ref` through `allOf` (an object: `nullable` wants a `type`); an enum lists null among its values
 * (JSON Schema validators check `enum` before they look at `nullable`).
 */
export const nullable = (value: Schema): SchemaObject =>
  '$ref' in value
    ? { type: 'object', nullable: true, allOf: [value] }
    : { ...value, nullable: true, ...(value.enum ? { enum: [...value.enum, null] } : {}) };

/** Members many answers share. */
export const uuid: SchemaObject = { type: 'string', format: 'uuid' };
export const dateTime: SchemaObject = { type: 'string', format: 'date-time' };

/** The operation's JSON answer for `status`. */
export function Answer(status: number, description: string, schema: Schema) {
  return ApiResponse({ status, description, content: { 'application/json': { schema } } });
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
