import { createHash } from 'node:crypto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Optional } from '../http/optional';
import { EmptyAnswer } from '../openapi/answers';

/**
 * A response body already serialised as JSON, with the type it stands for. Fastify sends a string whose content type
 * names JSON as it is, so `cacheable` serialises a body once, for its ETag and for the wire alike.
 */
export type Json<T> = string & { readonly __json?: T };

/**
 * `body` with its ETag and Cache-Control, or nothing (304) when the caller holds it already. An object body comes
 * back as its JSON (content type set); text and bytes as they are.
 */
export function cacheable<T extends string | Buffer>(
  request: FastifyRequest,
  reply: FastifyReply,
  body: T,
): T | undefined;
export function cacheable<T>(request: FastifyRequest, reply: FastifyReply, body: T): Json<T> | undefined;
export function cacheable(request: FastifyRequest, reply: FastifyReply, body: unknown): string | Buffer | undefined {
  const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  if (payload !== body && !reply.hasHeader('content-type'))
    void reply.header('content-type', 'application/json; charset=utf-8');
  const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
  void reply.header('etag', etag).header('cache-control', 'public, max-age=60');
  if (request.headers['if-none-match'] === etag) {
    void reply.status(304);
    return undefined;
  }
  return payload;
}

/** The second answer of every `cacheable` read. */
export const NotModified = () => EmptyAnswer(304, 'Not modified: `If-None-Match` matched the ETag');

/** A file's body in the document: bytes. */
export const binary = { schema: { type: 'string', format: 'binary' } };

/** How a CSV of open data is encoded: UTF-8 (a BOM on request) or Shift_JIS. */
export class CsvOptionsQueryDto {
  @ApiPropertyOptional({ description: 'prefix a byte-order mark so Excel opens the CSV as UTF-8' })
  @Optional()
  @Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )
  @IsBoolean()
  bom?: boolean;

  @ApiPropertyOptional({
    enum: ['utf-8', 'shift_jis'],
    description:
      'CSV encoding: UTF-8 (the default) or Shift_JIS (CP932) for older office software; characters outside CP932 become 〓, counted in `X-Replaced-Characters`',
  })
  @Optional()
  @IsIn(['utf-8', 'shift_jis'])
  encoding?: 'utf-8' | 'shift_jis';
}
