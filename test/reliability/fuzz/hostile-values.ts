import fc from 'fast-check';
import type { Schema } from './openapi';

/** Fragments that have broken real systems: SQL, templates, markup, paths, control and format characters. */
export const FRAGMENTS = [
  "' OR 1=1 --",
  "'; DROP TABLE proposals; --",
  '"; DROP TABLE users; --',
  "1' UNION SELECT password_hash FROM users --",
  '$1',
  '?',
  '{{7*7}}',
  '${7*7}',
  '<%= 7*7 %>',
  '#{7*7}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\ufeff',
  '\u200b',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'true',
  '[]',
  '{}',
  '協働事業 🏯 ｶﾀｶﾅ',
];

/** Lone surrogates: invalid UTF-16 that JSON.stringify escapes (`\ud800`) and a server must survive. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => `a${String.fromCharCode(code)}b`);

/** Prototype pollution keys, and Object.prototype names that a lookup in a plain object finds. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'valueOf', 'toString', 'hasOwnProperty'];

/** Any string a hostile client might send; `huge` adds strings of 20k–100k characters. */
export function hostileString(huge = true): fc.Arbitrary<string> {
  const pieces = [
    fc.constantFrom(...FRAGMENTS),
    loneSurrogate,
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ maxLength: 10 }),
  ];
  if (huge) pieces.push(hugeString());
  return fc.oneof(...pieces);
}

/** 20k–100k characters built from a hostile fragment. */
export function hugeString(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...FRAGMENTS, 'x', 'あ'), fc.integer({ min: 20_000, max: 100_000 }))
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
}

/**
 * A marker the serializer replaces with raw JSON text: deep nesting is built
 * as text because JSON.stringify of a 10,000-level value overflows the stack.
 */
export const DEEP_MARKER = '\u0000deep-nesting\u0000';
export const deepNesting = fc.record({
  depth: fc.constantFrom(1000, 2000, 10_000),
  kind: fc.constantFrom<'array' | 'object'>('array', 'object'),
});
export type DeepNesting = { depth: number; kind: 'array' | 'object' };

export function deepJson({ depth, kind }: DeepNesting): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Serializes a value whose strings may be DEEP_MARKER:<n>:<kind> placeholders. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000deep-nesting\\u0000(\d+):(array|object)"/g, (_, depth, kind) =>
    deepJson({ depth: Number(depth), kind }),
  );
}

export const deepValue = deepNesting.map(({ depth, kind }) => `${DEEP_MARKER}${depth}:${kind}`);

/**
 * A value that can never satisfy `schema`: wrong JSON type (never a numeric
 * string where numbers are converted), null where the document does not say
 * `nullable` (optional means absent, not null), an unknown enum value, or a
 * string longer than its maxLength.
 */
export function wrongValueFor(schema: Schema): fc.Arbitrary<unknown> {
  const wrong = wrongValueOfType(schema);
  return schema.nullable
    ? wrong
    : fc.oneof({ arbitrary: wrong, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
}

function wrongValueOfType(schema: Schema): fc.Arbitrary<unknown> {
  const object = fc.constantFrom<unknown>({}, { $gt: '' }, JSON.parse('{"__proto__":{"admin":true}}'));
  const nested = deepValue;
  switch (schema.type) {
    case 'string': {
      const choices: fc.Arbitrary<unknown>[] = [
        fc.integer(),
        fc.boolean(),
        object,
        fc.array(hostileString(false), { maxLength: 3 }),
        nested,
      ];
      if (schema.enum) choices.push(hostileString().filter((s) => !schema.enum!.includes(s)));
      if (schema.maxLength !== undefined) {
        const limit = schema.maxLength;
        choices.push(
          fc
            .tuple(
              fc.constantFrom(...FRAGMENTS, 'x'),
              fc.integer({ min: limit + 1, max: Math.max(limit + 1, 100_000) }),
            )
            // counted in code points, as class-validator counts (an emoji is one character, two UTF-16 units)
            .map(([piece, length]) =>
              [...piece.repeat(Math.ceil(length / [...piece].length))].slice(0, length).join(''),
            ),
        );
      }
      if (schema.format === 'uuid') choices.push(hostileString());
      return fc.oneof(...choices);
    }
    case 'number':
    case 'integer':
      // Strings that are not numbers at all (Number('') is 0, so never empty).
      return fc.oneof(
        fc.constantFrom(...FRAGMENTS.filter((s) => s.trim() !== '' && Number.isNaN(Number(s)))),
        object,
        fc.constant([[1]]),
        nested,
        fc.constantFrom('1e309', 'NaN', 'Infinity'),
      );
    case 'boolean':
      return fc.oneof(fc.integer(), hostileString(false), object, nested);
    case 'array':
      return fc.oneof(hostileString(false), fc.integer(), object, nested);
    case 'object':
    default:
      return fc.oneof(hostileString(false), fc.integer(), fc.boolean(), nested);
  }
}
