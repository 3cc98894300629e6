import fc from 'fast-check';
import type { HostileRequest, Target } from './flaw-types';
import { baseline, buildRequest } from './hostile-request';
import { FRAGMENTS, PROTO_KEYS } from './hostile-values';
import type { Operation, Schema } from './openapi';

/**
 * Single-flaw body requests: one field of an operation's valid body given one
 * hostile value, everything else as targets.ts makes it. The body flaws of
 * hostile-request.ts travel with the valid envelope but put the hostile text
 * beside another flaw, which validation refuses first; here the value is the
 * only thing wrong, so when the document allows it, it reaches the service,
 * its SQL and its storage.
 */

/** A place in the body: a field (declared, or a key of a map the schema allows) or a list item. */
export interface Slot {
  path: Array<string | number>;
  schema: Schema;
  /** The valid body has a value here (otherwise the field is optional and left out of it). */
  present: boolean;
  /** Its object requires it. */
  required: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every field of the valid body at any depth, with the first item of each
 * list, and the declared fields the body leaves out (as a whole: an absent
 * object is not filled in to reach its own fields).
 */
export function slotsOf(value: unknown, schema: Schema, path: Array<string | number> = []): Slot[] {
  const slots: Slot[] = [];
  if (Array.isArray(value)) {
    if (value.length > 0 && schema.items) {
      slots.push({ path: [...path, 0], schema: schema.items, present: true, required: false });
      slots.push(...slotsOf(value[0], schema.items, [...path, 0]));
    }
    return slots;
  }
  if (!isObject(value)) return slots;
  const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const [name, inner] of Object.entries(value)) {
    const declared = schema.properties?.[name] ?? extra;
    if (!declared) continue;
    slots.push({ path: [...path, name], schema: declared, present: true, required: !!schema.required?.includes(name) });
    slots.push(...slotsOf(inner, declared, [...path, name]));
  }
  for (const [name, declared] of Object.entries(schema.properties ?? {})) {
    if (name in value) continue;
    slots.push({ path: [...path, name], schema: declared, present: false, required: false });
  }
  return slots;
}

/** A hostile value, or the field left out. */
interface BodyValue {
  label: string;
  value: unknown;
}
export const ABSENT = Symbol('absent');

const SOME_UUID = '00000000-0000-4000-8000-000000000000';
const repeat = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
const v = (label: string, value: unknown): BodyValue => ({ label, value });

/** Text that has broken real systems: the suite's fragments, and what a text column, a template or a lookup trips on. */
const STRINGS: BodyValue[] = [
  v('empty', ''),
  v('blank', '   '),
  v('NUL inside', 'a\u0000b'),
  v('lone high surrogate', 'a\ud800b'),
  v('lone low surrogate', '\udfff'),
  v('reversed surrogates', '\udc00\ud800'),
  v('bidi override', 'abc\u202edcba\u202c'),
  v('zero-width only', '\u200b\u200c\u200d'),
  v('BOM only', '\ufeff'),
  v('combining marks', `a${'\u0301'.repeat(500)}`),
  v('emoji', '🏯'.repeat(50)),
  v('10,000 characters', 'x'.repeat(10_000)),
  v('100,000 characters', 'x'.repeat(100_000)),
  v('10,000 kana', 'あ'.repeat(10_000)),
  v('30,000 emoji', '🏯'.repeat(30_000)),
  v('SQL fragments 10,000 characters', repeat("'; DROP TABLE proposals; --", 10_000)),
  ...FRAGMENTS.filter((f) => f !== '\u0000').map((f) => v(`fragment ${JSON.stringify(f)}`, f)),
  ...PROTO_KEYS.map((key) => v(`text ${key}`, key)),
  v('text {"__proto__":…}', '{"__proto__":{"admin":true}}'),
  v('text with LIKE wildcards', '%_\\%'),
  v('control characters', '\u0001\u0007\u001b[31m\u007f'),
  v('line separators', 'a\u2028b\u2029c\r\nd'),
  v('uuid naming nothing', SOME_UUID),
  v('nil uuid', '00000000-0000-0000-0000-000000000000'),
  v('date far away', '+275760-09-13T00:00:00.000Z'),
  v('date not a date', '2026-02-30T25:61:00+09:00'),
  v('date year 0', '0000-01-01T00:00:00Z'),
  v('number as text 1e308', '1e308'),
];

/** Numbers at and beyond the bounds of integers, floats and the columns that hold them. */
const NUMBERS: BodyValue[] = [
  v('0', 0),
  v('-0', -0),
  v('-1', -1),
  v('fraction 0.5', 0.5),
  v('fraction 1.000001', 1.000_001),
  v('1e-308', 1e-308),
  v('1e308', 1e308),
  v('-1e308', -1e308),
  v('2**53+1', 2 ** 53 + 1),
  v('-(2**53+1)', -(2 ** 53 + 1)),
  v('2**31', 2 ** 31),
  v('-(2**31)-1', -(2 ** 31) - 1),
  v('2**63', 2 ** 63),
  v('1e20', 1e20),
];

/** Wrong JSON types, for any field (each is refused where the type is another). */
const WRONG_TYPES: BodyValue[] = [
  v('null', null),
  v('number 1', 1),
  v('boolean true', true),
  v('boolean false', false),
  v('text "1"', '1'),
  v('text "true"', 'true'),
  v('empty object', {}),
  v('object with $gt', { $gt: '' }),
  v('empty array', []),
  v('array of text', ['x']),
  v('array of null', [null]),
  v('nested array', [[[1]]]),
];

/** Field names validation.ts refuses anywhere: a lookup in a plain object finds them. */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** As class-validator counts a length: in code points, so an emoji is one character. */
const length = (text: string) => [...text].length;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether the document (or the server-wide rule of validation.ts: no U+0000,
 * no prototype key as a field name) says no to the value. An object with
 * declared fields is closed (the API refuses unknown fields); optional means
 * absent, so null is refused unless the document says nullable.
 */
export function refusedBySchema(schema: Schema, value: unknown): boolean {
  if (value === null) return !schema.nullable;
  if (schema.enum) return !schema.enum.includes(value);
  switch (schema.type) {
    case 'string':
      return (
        typeof value !== 'string' ||
        value.includes('\u0000') ||
        (schema.minLength !== undefined && length(value) < schema.minLength) ||
        (schema.maxLength !== undefined && length(value) > schema.maxLength) ||
        (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) ||
        (schema.format === 'uuid' && !UUID.test(value))
      );
    case 'integer':
    case 'number':
      return (
        typeof value !== 'number' ||
        (schema.type === 'integer' && !Number.isInteger(value)) ||
        (schema.minimum !== undefined && value < schema.minimum) ||
        (schema.maximum !== undefined && value > schema.maximum)
      );
    case 'boolean':
      return typeof value !== 'boolean';
    case 'array':
      return (
        !Array.isArray(value) || (schema.items !== undefined && value.some((i) => refusedBySchema(schema.items!, i)))
      );
    case 'object':
    case undefined: {
      if (schema.type === undefined && !schema.properties) return false;
      if (!isObject(value)) return true;
      if (Object.keys(value).some((name) => PROTOTYPE_KEYS.has(name) || name.includes('\u0000'))) return true;
      const extra = schema.additionalProperties;
      if ((schema.required ?? []).some((name) => !(name in value))) return true;
      return Object.entries(value).some(([name, inner]) => {
        const declared = schema.properties?.[name] ?? (typeof extra === 'object' ? extra : undefined);
        if (declared) return refusedBySchema(declared, inner);
        return schema.properties !== undefined ? extra !== true : false;
      });
    }
    default:
      return false;
  }
}

/** The values tried on a slot: those of its own type first, then every wrong type, then lists and objects of it. */
function valuesFor(slot: Slot, current: unknown): BodyValue[] {
  const { schema } = slot;
  const sample = Array.isArray(current) && current.length > 0 ? current[0] : 'x';
  const values: BodyValue[] = [];
  switch (schema.type) {
    case 'string':
      values.push(...STRINGS);
      if (schema.maxLength !== undefined) {
        values.push(v('maxLength characters', 'x'.repeat(schema.maxLength)));
        values.push(v('maxLength emoji (twice the UTF-16 units)', '🏯'.repeat(schema.maxLength)));
        values.push(v('maxLength + 1 characters', 'x'.repeat(schema.maxLength + 1)));
      }
      values.push(...NUMBERS.slice(0, 3));
      break;
    case 'number':
    case 'integer':
      values.push(...NUMBERS);
      for (const bound of [schema.minimum, schema.maximum]) {
        if (bound === undefined) continue;
        values.push(v(`bound ${bound}`, bound), v(`bound ${bound} - 1`, bound - 1), v(`bound ${bound} + 1`, bound + 1));
        values.push(v(`bound ${bound} ± 0.5`, bound + (bound === schema.minimum ? -0.5 : 0.5)));
      }
      values.push(v('text "abc"', 'abc'), v('text "1e309"', '1e309'), v('text "NaN"', 'NaN'));
      break;
    case 'array':
      values.push(
        v(
          '10,000 copies of the first item',
          Array.from({ length: 10_000 }, () => structuredClone(sample)),
        ),
        v(
          '1,000 distinct texts',
          Array.from({ length: 1000 }, (_, i) => `item-${i}`),
        ),
        v('the first item twice', [structuredClone(sample), structuredClone(sample)]),
        v('a list holding the list', [[structuredClone(sample)]]),
        v('list of hostile text', ['', "' OR 1=1 --", 'a\ud800b', '\u202e']),
      );
      break;
    case 'object':
    case undefined:
      values.push(
        v('an unknown field', { fuzz: 1 }),
        v('a key "__proto__"', JSON.parse('{"__proto__":{"admin":true}}')),
        v('a key "constructor"', { constructor: { prototype: { admin: true } } }),
        v('a key with SQL', { "'; DROP TABLE users; --": 1 }),
        v('1,000 keys', Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]))),
      );
      break;
  }
  values.push(...WRONG_TYPES);
  if (slot.present) values.push(v('left out', ABSENT));
  return values;
}

export interface SingleBodyRequest extends HostileRequest {
  /** The field, as a dotted path (`content.kpis.0.target`). */
  field: string;
  value: string;
  /** The document refuses the value: the answer must be a 400 and the database must not change. */
  refused: boolean;
}

/** Sets a key as an own enumerable property, so `__proto__` becomes a JSON key rather than a prototype. */
function put(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function at(body: unknown, path: Array<string | number>): unknown {
  return path.reduce<any>((parent, key) => parent?.[key], body);
}

/**
 * The body with one slot replaced, and whether the document refuses the
 * result. The whole body is judged, not the value alone: leaving out a field
 * its object requires is refused, leaving out an optional one is not.
 */
function substitute(
  base: Record<string, unknown>,
  schema: Schema,
  slot: Slot,
  value: unknown,
): { body: Record<string, unknown>; refused: boolean } {
  const body = structuredClone(base);
  const parent = at(body, slot.path.slice(0, -1)) as Record<string, unknown>;
  const key = String(slot.path[slot.path.length - 1]!);
  if (value === ABSENT) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    put(parent, key, value);
  }
  return { body, refused: refusedBySchema(schema, body) };
}

/**
 * Every slot × every value of its list. The whole product is some 15,000
 * requests; a few thousand are sent: every value the document allows (those
 * reach a service) up to ALLOWED_PER_SLOT, and REFUSED_PER_SLOT of the
 * refused ones (validation answers those, and the random suite already sends
 * thousands like them), drawn from a seed of the operation's own.
 */
export const ALLOWED_PER_SLOT = 12;
export const REFUSED_PER_SLOT = 3;

export interface BodyCases {
  slots: Slot[];
  /** Values in the product before sampling. */
  candidates: number;
  requests: SingleBodyRequest[];
}

export function singleBodyRequests(operation: Operation, target: Target, seed: number): BodyCases {
  if (!operation.jsonBody) return { slots: [], candidates: 0, requests: [] };
  const schema = operation.jsonBody;
  const base = target.body ? structuredClone(target.body) : baseline(schema);
  const slots = slotsOf(base, schema);
  const requests: SingleBodyRequest[] = [];
  let candidates = 0;
  slots.forEach((slot, index) => {
    const field = slot.path.join('.');
    const cases = valuesFor(slot, at(base, slot.path)).map((value) => ({
      value,
      ...substitute(base, schema, slot, value.value),
    }));
    candidates += cases.length;
    const pick = (list: typeof cases, count: number) =>
      list.length <= count
        ? list
        : fc.sample(fc.shuffledSubarray(list, { minLength: count, maxLength: count }), {
            seed: (seed + index) | 0,
            numRuns: 1,
          })[0]!;
    const chosen = [
      ...pick(
        cases.filter((c) => c.refused),
        REFUSED_PER_SLOT,
      ),
      ...pick(
        cases.filter((c) => !c.refused),
        ALLOWED_PER_SLOT,
      ),
    ];
    for (const { value, body, refused } of chosen) {
      const request = buildRequest(operation, target, { flaw: 'body', value: body });
      requests.push({
        ...request,
        field,
        value: value.label,
        refused,
        describe: `${value.label} in ${field}: ${request.describe}`,
      });
    }
  });
  return { slots, candidates, requests };
}
