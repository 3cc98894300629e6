import fc from 'fast-check';
import { encodeComponent } from './envelope-flaws';
import type { HostileRequest, Target } from './flaw-types';
import { buildRequest } from './hostile-request';
import { FRAGMENTS, hostileString } from './hostile-values';
import type { Operation, Parameter, Schema } from './openapi';
import { PDF } from './targets';

/**
 * Single-flaw query requests: one query parameter given one hostile value on
 * an otherwise valid request. The random requests of hostile-request.ts add
 * their query flaw beside another flaw, so a free-text or cursor value was
 * refused for that other flaw first and never met a service; here the value
 * is the only thing wrong, so when validation lets it through it reaches the
 * service and its SQL.
 */

/** A hostile value as it goes on the wire: one or more percent-encoded values, under the name or a variant of it. */
interface QueryValue {
  label: string;
  raw: string[];
  /** Appended to the parameter's name (`limit[]`): a name no DTO declares. */
  suffix?: string;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const SOME_UUID = '00000000-0000-4000-8000-000000000000';

/** Decoded text, encoded here, so that what the server decodes is exactly the text. */
const text = (label: string, ...values: string[]): QueryValue => ({ label, raw: values.map(encodeComponent) });
/** Percent-escapes sent as they are, including ones that decode to nothing valid. */
const escaped = (label: string, raw: string): QueryValue => ({ label, raw: [raw] });

/** The same list for every parameter: what is harmless to one is the flaw of another. */
const VALUES: QueryValue[] = [
  // wrong type for numbers, booleans and enums; numbers outside any range
  ...['abc', '1.5', '-1', '0', '1e309', '99999999999999999999', '0x10', ' 1', 'true', 'yes'].map((v) =>
    text(`wrong type ${v}`, v),
  ),
  // not uuids, some of them close to one (PostgreSQL's ::uuid refuses each)
  ...[
    'zzz',
    `${SOME_UUID.slice(0, -1)}g`,
    `${SOME_UUID}0`,
    `{${SOME_UUID}}`,
    '-'.repeat(36),
    'f'.repeat(36),
    SOME_UUID.replaceAll('-', ''),
  ].map((v) => text(`bad uuid ${v}`, v)),
  text('uuid naming nothing', SOME_UUID),
  // forged cursors: this API's own encoding (base64url JSON) around parts PostgreSQL refuses
  ...[
    '["1","------------------------------------"]',
    `["0000-01-01T00:00:00.000Z","${SOME_UUID}"]`,
    `["2026-01-01T00:00:00.000Z","${'-'.repeat(36)}"]`,
    `["2026-01-01T00:00:00.000Z","zzz"]`,
    `["${SOME_UUID}"]`,
    `["zzz"]`,
    '"zzz"',
    '{}',
    '[]',
    'null',
  ].map((v) => text(`forged cursor ${v}`, base64url(v))),
  text('not base64url', 'AAA=/+'),
  // empty, blank, huge (the 20,000-character one is past Node's 16 KiB header limit: 431)
  text('empty', ''),
  text('blank', ' '),
  escaped('plus', '+'),
  text('5,000 characters', 'x'.repeat(5000)),
  text('1,000 kana', 'あ'.repeat(1000)),
  text('20,000 characters', 'x'.repeat(20_000)),
  // the name twice (the DTO sees an array), and bracket names no parser here expands
  text('twice', '1', '2'),
  text('twice empty', '', ''),
  { label: 'bracket name', raw: ['1'], suffix: '[]' },
  { label: 'bracket key', raw: ['1'], suffix: '[a]' },
  // SQL, templates, markup, paths, NUL and format characters
  ...FRAGMENTS.map((fragment) => text(`fragment ${JSON.stringify(fragment)}`, fragment)),
  text('NUL inside', 'a\u0000b'),
  // escapes no UTF-8 decoder accepts (the parser then keeps them as they are), lone surrogates
  ...['%', '%E0%A4%A', '%ED%A0%80', '%FF%FE', '%C0%AF', '%25%32%65', 'a%00b', '%F0%9F%8F'].map((raw) =>
    escaped(`escape ${raw}`, raw),
  ),
  text('lone surrogate', 'a\ud800b'),
  // and a few drawn strings, from a fixed seed so that any failure replays
  ...fc.sample(hostileString(false), { seed: 20_261_128, numRuns: 8 }).map((value, i) => text(`drawn #${i}`, value)),
];

/** As Fastify's query parser reads a value: `+` is a space, and an escape that does not decode is kept as sent. */
function decoded(raw: string): string {
  const spaced = raw.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether the OpenAPI document itself says no to the text. Numbers are read
 * as the DTOs read them (`Number(text)`, so '' is 0 and ' 1' is 1); `1` and
 * `0` may stand for booleans (open data's `bom` takes them).
 */
function refusedBySchema(schema: Schema, value: string): boolean {
  if (schema.enum) return !schema.enum.includes(value);
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const n = Number(value);
      return (
        !Number.isFinite(n) ||
        (schema.type === 'integer' && !Number.isInteger(n)) ||
        (schema.minimum !== undefined && n < schema.minimum) ||
        (schema.maximum !== undefined && n > schema.maximum)
      );
    }
    case 'boolean':
      return !['true', 'false', '1', '0'].includes(value);
    case 'string': {
      const length = [...value].length;
      return (
        (schema.minLength !== undefined && length < schema.minLength) ||
        (schema.maxLength !== undefined && length > schema.maxLength) ||
        (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) ||
        (schema.format === 'uuid' && !UUID.test(value))
      );
    }
    default:
      return false;
  }
}

export interface SingleQueryRequest extends HostileRequest {
  parameter: string;
  /** The document refuses the value: the answer must be 400 (or 431 for a URL beyond the header limit). */
  refused: boolean;
}

/**
 * Every query parameter of the operation × every value, on the valid request
 * of targets.ts. A write gets only the values its document refuses: one it
 * allows would be a legitimate write (an upload's file name), and this suite
 * holds every request to changing nothing.
 */
export function singleQueryRequests(operation: Operation, target: Target): SingleQueryRequest[] {
  const requests: SingleQueryRequest[] = [];
  const write = operation.method !== 'GET';
  for (const parameter of operation.parameters.filter((p: Parameter) => p.in === 'query')) {
    for (const value of VALUES) {
      const refused =
        value.suffix !== undefined || value.raw.length > 1 || refusedBySchema(parameter.schema, decoded(value.raw[0]!));
      if (write && !refused) continue;
      const request = buildRequest(operation, target, {
        flaw: 'query',
        entries: value.raw.map((raw) => [`${parameter.name}${value.suffix ?? ''}`, raw]),
        drop: parameter.name,
      });
      if (operation.binaryTypes.length > 0) {
        request.body = PDF;
        request.headers['content-type'] = 'application/pdf';
      }
      requests.push({
        ...request,
        parameter: parameter.name,
        refused,
        describe: `${value.label} in ${parameter.name}: ${request.describe}`,
      });
    }
  }
  return requests;
}
