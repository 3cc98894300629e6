import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Mutation } from './flaw-types';
import type { Operation, Schema } from './openapi';
import { deepValue, hostileString, PROTO_KEYS, toJsonText, wrongValueFor } from './hostile-values';

/** Flaws in the body: wrong fields at any depth, not JSON, not an object, too large, the wrong media type. */

/**
 * Media types no route parses. Fastify parses JSON and text, Nest's adapter
 * adds form bodies, main.ts the attachment types; anything else is 415.
 */
const UNSUPPORTED_TYPES = [
  'application/xml',
  'multipart/form-data; boundary=kyodo',
  'text/html',
  'application/jsonx',
  'image/svg+xml',
  'application/x-yaml',
];

function sampleValue(schema: Schema): unknown {
  if (schema.example !== undefined && typeof schema.example !== 'object') return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return schema.format === 'uuid' ? randomUUID() : 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    default:
      return schema.properties ? baseline(schema) : {};
  }
}

/** A body with the required fields filled with plausible values; the mutation is what makes it invalid. */
export function baseline(schema: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of schema.required ?? []) out[name] = sampleValue(schema.properties?.[name] ?? {});
  return out;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets a key as an own enumerable property, so `__proto__` becomes a JSON key rather than a prototype. */
function put(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function bodyMutation(schema: Schema, base: () => Record<string, unknown>): fc.Arbitrary<Mutation> {
  const properties = Object.entries(schema.properties ?? {});
  const known = new Set(properties.map(([name]) => name));
  const extraKey = fc
    .oneof(fc.constantFrom(...PROTO_KEYS, 'isAdmin', 'municipalityId_', '$where'), hostileString(false))
    .filter((key) => !known.has(key) && key !== '');
  const hostileAny = fc.oneof(hostileString(), fc.integer(), fc.boolean(), fc.constant(null), deepValue);
  const variants: fc.Arbitrary<Mutation>[] = [
    // an unknown field, at the top
    fc.tuple(extraKey, hostileAny).map(([key, value]) => {
      const body = base();
      put(body, key, value);
      return { flaw: 'body', value: body };
    }),
    // not an object at all
    fc
      .oneof(
        fc.array(hostileAny, { maxLength: 3 }),
        hostileString(),
        fc.integer(),
        fc.constant(null),
        fc.boolean(),
        deepValue,
      )
      .map((value) => ({ flaw: 'body', value })),
  ];
  if (properties.length > 0) {
    // a declared field with a value of the wrong type, too long, or outside its enum
    variants.push(
      fc
        .constantFrom(...properties)
        .chain(([name, inner]) => wrongValueFor(inner).map((value) => ({ name, value })))
        .map(({ name, value }) => {
          const body = base();
          put(body, name, value);
          return { flaw: 'body', value: body };
        }),
    );
  }
  if ((schema.required ?? []).length > 0) {
    // a required field left out
    variants.push(
      fc.constantFrom(...schema.required!).map((name) => {
        const body = base();
        delete body[name];
        return { flaw: 'body', value: body };
      }),
    );
  }
  // any field of the valid body below the top, with a wrong value or, where its object requires it, left out
  const deep = slotsOf(base(), schema).filter((slot) => slot.path.length > 1 && (slot.schema.type || slot.required));
  if (deep.length > 0) {
    variants.push(
      fc
        .constantFrom(...deep)
        .chain((slot) =>
          fc
            .oneof(
              ...(slot.schema.type ? [wrongValueFor(slot.schema).map((value) => ({ value }))] : []),
              ...(slot.required ? [fc.constant({ value: REMOVE })] : []),
            )
            .map(({ value }) => ({ flaw: 'body' as const, value: replaceAt(base(), slot.path, value) })),
        ),
    );
  }
  const nestedObjects = properties.filter(([, inner]) => (inner.type === 'array' ? inner.items : inner)?.properties);
  if (nestedObjects.length > 0) {
    // an unknown field one level down, where only nested validation can see it
    variants.push(
      fc.tuple(fc.constantFrom(...nestedObjects), extraKey, hostileAny).map(([[name, inner], key, value]) => {
        // into the valid body's own nested object (or first list item) when it has one
        const body = base();
        const own = body[name];
        const list = inner.type === 'array' ? (Array.isArray(own) ? own : []) : null;
        const first = list ? list[0] : own;
        const item = isObject(first) ? first : baseline(list ? inner.items! : inner);
        put(item, key, value);
        if (list && list[0] !== item) list.unshift(item);
        put(body, name, list ?? item);
        return { flaw: 'body', value: body };
      }),
    );
  }
  return fc.oneof(...variants);
}

interface Slot {
  path: Array<string | number>;
  schema: Schema;
  /** Required by the object it sits in. */
  required: boolean;
}

/** Every field and list item of a body (the first two of a list), with its schema. */
function slotsOf(value: unknown, schema: Schema, path: Array<string | number> = []): Slot[] {
  const slots: Slot[] = [];
  if (Array.isArray(value) && schema.items) {
    value.slice(0, 2).forEach((item, index) => {
      slots.push({ path: [...path, index], schema: schema.items!, required: false });
      slots.push(...slotsOf(item, schema.items!, [...path, index]));
    });
  } else if (isObject(value) && schema.properties) {
    for (const [name, inner] of Object.entries(value)) {
      const declared = schema.properties[name];
      if (!declared) continue;
      slots.push({ path: [...path, name], schema: declared, required: schema.required?.includes(name) ?? false });
      slots.push(...slotsOf(inner, declared, [...path, name]));
    }
  }
  return slots;
}

const REMOVE = Symbol('remove');

function replaceAt(body: Record<string, unknown>, path: Array<string | number>, value: unknown) {
  let parent: any = body;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  if (value === REMOVE) delete parent[last];
  else put(parent, String(last), value);
  return body;
}

export function rawBodyMutation(operation: Operation, base: () => Record<string, unknown>): fc.Arbitrary<Mutation> {
  const hasBody = operation.jsonBody !== undefined || operation.binaryTypes.length > 0;
  const malformed = fc.oneof(
    fc.constantFrom('{', '{"a":}', "{'a':1}", 'NaN', '{"a":1}}', '\u0000', '{"a":"\\ud800', '[1,]', '{"a" 1}', ''),
    hostileString().filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }),
    fc.constant(Buffer.from([0xff, 0xfe, 0x7b, 0xc0, 0xaf, 0x7d])),
  );
  const variants: fc.Arbitrary<Mutation>[] = [
    malformed.map((body) => ({ flaw: 'raw-body', contentType: 'application/json', body })),
    fc
      .tuple(fc.constantFrom(...UNSUPPORTED_TYPES), fc.oneof(hostileString(false), fc.constant('{}')))
      .map(([contentType, body]) => ({ flaw: 'raw-body', contentType, body })),
    // beyond BODY_LIMIT_BYTES (1 MiB)
    fc
      .constantFrom('{"a":"', '[')
      .map((start) => ({ flaw: 'raw-body', contentType: 'application/json', body: start + 'x'.repeat(1_100_000) })),
  ];
  if (operation.jsonBody) {
    // JSON sent as text: Fastify hands the DTO a string
    variants.push(
      fc
        .constantFrom('text/plain', 'text/plain; charset=utf-8')
        .map((contentType) => ({ flaw: 'raw-body', contentType, body: toJsonText(base()) })),
    );
  }
  if (operation.binaryTypes.length > 0) {
    // a file whose bytes are none of the allowed types, declared as one of them
    variants.push(
      fc
        .tuple(fc.constantFrom(...operation.binaryTypes), hostileString(false))
        .map(([contentType, text]) => ({ flaw: 'raw-body', contentType, body: Buffer.from(`<!-- ${text} -->`) })),
      // a JSON object where the file should be
      fc.constant({ flaw: 'raw-body', contentType: 'application/json', body: '{"file":"x"}' }),
    );
  }
  if (!hasBody) return fc.oneof(...variants.slice(0, 3));
  return fc.oneof(...variants);
}
