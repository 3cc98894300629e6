import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Operation, Parameter, Schema } from './openapi';
import {
  deepValue,
  FRAGMENTS,
  hostileString,
  hugeString,
  loneSurrogate,
  PROTO_KEYS,
  toJsonText,
  wrongValueFor,
} from './hostile-values';

/** Where an operation's valid request points: real ids from the populated municipality, a legitimate token. */
export interface Target {
  pathValues: Record<string, string>;
  /** Valid values of required query parameters. */
  query: Record<string, string>;
  ifMatch?: string;
  token?: string;
  /** Values a path parameter must not take, because they would name something real. */
  validValues: Record<string, string[]>;
  /** A valid body, so that the one flaw is what the server refuses; otherwise derived from the schema. */
  body?: Record<string, unknown>;
}

/** Which guaranteed-invalid element a request carries; each one alone makes the request wrong. */
export type Flaw = 'auth' | 'path' | 'query' | 'if-match' | 'body' | 'raw-body';

export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  flaws: Flaw[];
  /** Short description for failure reports (huge values elided). */
  describe: string;
}

type Mutation =
  | { flaw: 'auth'; authorization?: string }
  | { flaw: 'path'; name: string; raw: string }
  | { flaw: 'query'; entries: Array<[string, string]>; drop?: string; replace?: string[] }
  | { flaw: 'if-match'; value?: string }
  | { flaw: 'body'; value: unknown }
  | { flaw: 'raw-body'; contentType?: string; body: string | Buffer };

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
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

/** Percent-encodes any string, lone surrogates included (encodeURIComponent throws on those). */
export function encodeComponent(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** A header value Node will put on the wire: UTF-8 bytes as latin1, control characters replaced. */
export function headerSafe(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => (byte < 0x20 || byte === 0x7f ? '?' : String.fromCharCode(byte)))
    .join('');
}

/** Encoded path and query text, including escapes no decoder accepts. */
const rawComponent = fc.oneof(
  {
    weight: 4,
    arbitrary: hostileString(false)
      .filter((s) => s !== '')
      .map(encodeComponent),
  },
  { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%ED%A0%80', '%FF%FE', '%C0%AF', '%25%32%65') },
  { weight: 1, arbitrary: loneSurrogate.map(encodeComponent) },
);

const forgedAuthorization = (token?: string) =>
  fc.oneof(
    fc.constant(undefined), // anonymous
    hostileString(false).map((s) => `Bearer ${headerSafe(s)}`),
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'Basic YWRtaW46YWRtaW4=',
      // alg "none" with an operator's claims
      'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJvcGVyYXRvciI6dHJ1ZX0.',
      `Bearer ${token ?? ''}x`,
      `Bearer ${(token ?? '').slice(0, -2)}AA`,
      `bearer ${(token ?? '').split('.').slice(0, 2).join('.')}.`,
    ),
  );

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

function bodyMutation(schema: Schema, base: () => Record<string, unknown>): fc.Arbitrary<Mutation> {
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

function rawBodyMutation(operation: Operation, base: () => Record<string, unknown>): fc.Arbitrary<Mutation> {
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

function pathMutation(parameter: Parameter, target: Target): fc.Arbitrary<Mutation> {
  const taken = new Set(target.validValues[parameter.name] ?? [target.pathValues[parameter.name]]);
  const candidates = fc.oneof(
    { weight: 3, arbitrary: rawComponent },
    // well-formed ids that name nothing (the uuid-pipe passes them, the service must answer 404)
    { weight: 2, arbitrary: fc.uuid().map((id) => id) },
    { weight: 1, arbitrary: fc.constant('00000000-0000-0000-0000-000000000000') },
    { weight: 1, arbitrary: hugeString().map((s) => encodeComponent(s.slice(0, 3000))) },
  );
  return candidates
    .filter((raw) => raw !== '' && !taken.has(raw) && !taken.has(decodeSafe(raw)))
    .map((raw) => ({ flaw: 'path', name: parameter.name, raw }));
}

function decodeSafe(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function queryMutation(operation: Operation): fc.Arbitrary<Mutation> {
  const declared = operation.parameters.filter((p) => p.in === 'query');
  const names = new Set(declared.map((p) => p.name));
  // Values no declared type accepts. Never whitespace or hex: Number(' ') is 0 and Number('0x10') is 16.
  const typed = declared.filter((p) => ['number', 'integer', 'boolean'].includes(p.schema.type ?? '') || p.schema.enum);
  const wrong = (p: Parameter): fc.Arbitrary<string> => {
    if (p.schema.enum) return rawComponent.filter((raw) => !p.schema.enum!.includes(decodeSafe(raw)));
    if (p.schema.type === 'boolean') return fc.constantFrom('yes', 'TRUE', '2', '-1', '%00', 'true%00');
    const outOfRange = [
      ...(p.schema.minimum !== undefined ? [String(p.schema.minimum - 1)] : []),
      ...(p.schema.maximum !== undefined ? [String(p.schema.maximum + 1)] : []),
    ];
    return fc.constantFrom('1.5', 'NaN', '1e309', 'abc', '%27%20OR%201%3D1%20--', '%7B%7B7*7%7D%7D', ...outOfRange);
  };
  const guaranteed: fc.Arbitrary<{ entries: Array<[string, string]>; drop?: string }>[] = [
    // a declared parameter twice: the DTO sees an array
    fc.constantFrom(...declared).map((p) => ({
      entries: [
        [p.name, '1'],
        [p.name, '2'],
      ] as Array<[string, string]>,
      drop: p.name,
    })),
    // an undeclared parameter (the query DTO refuses unknown fields), bracket syntax included
    fc
      .tuple(
        fc.oneof(fc.constantFrom(...PROTO_KEYS, 'limit[]', 'municipality[a]', 'where'), hostileString(false)),
        rawComponent,
      )
      .filter(([key]) => key !== '' && !names.has(key))
      .map(([key, raw]) => ({ entries: [[encodeComponent(key), raw]] as Array<[string, string]> })),
  ];
  if (typed.length > 0) {
    // a typed parameter with a value of the wrong kind
    guaranteed.push(
      fc
        .constantFrom(...typed)
        .chain((p) => wrong(p).map((raw) => ({ entries: [[p.name, raw]] as Array<[string, string]>, drop: p.name }))),
    );
  }
  // Free-text parameters get hostile values beside the flaw (they may be valid on their own).
  const free = declared.filter((p) => !typed.includes(p));
  const decoration: fc.Arbitrary<Array<{ p: Parameter; raw: string }>> = fc
    .subarray(free)
    .chain((chosen) => fc.tuple(...chosen.map((p) => rawComponent.map((raw) => ({ p, raw })))));
  return fc.tuple(fc.oneof(...guaranteed), decoration).map(([flaw, decorated]) => {
    const extra = decorated.filter(({ p }) => p.name !== flaw.drop);
    return {
      flaw: 'query' as const,
      entries: [...extra.map(({ p, raw }) => [p.name, raw] as [string, string]), ...flaw.entries],
      drop: flaw.drop,
      replace: extra.map(({ p }) => p.name),
    };
  });
}

const ifMatchMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ flaw: 'if-match' as const }), // missing: 428
  fc
    .oneof(
      fc.constantFrom('W/"1"', '"abc"', '*', '"1', '""', '"-1"', '"9999999999"', '"1", "2"', '"1.0"'),
      hostileString(false).map(headerSafe),
    )
    .filter((value) => value.trim() !== '' && !/^"?\d{1,9}"?$/.test(value.trim()))
    .map((value) => ({ flaw: 'if-match' as const, value })),
);

/** Headers that must never matter: a hostile language, forwarding chain, request id and cookie. */
const noiseHeaders = fc.record(
  {
    'accept-language': fc.oneof(hostileString(false).map(headerSafe), fc.constantFrom('en', 'ja', '*', 'zz-ZZ;q=2')),
    'x-forwarded-for': fc.oneof(hostileString(false).map(headerSafe), fc.constant('127.0.0.1, ::1, 999.1.1.1')),
    'x-request-id': hostileString(false).map(headerSafe),
    cookie: hostileString(false).map((s) => `kyodo_queue_dashboard=${headerSafe(s)}`),
  },
  { requiredKeys: [] },
);

/** The flaws an operation can carry. Empty for public operations that read no input at all. */
export function flawsOf(operation: Operation): Flaw[] {
  const flaws: Flaw[] = [];
  if (operation.secured) flaws.push('auth');
  if (operation.parameters.some((p) => p.in === 'path')) flaws.push('path');
  if (operation.parameters.some((p) => p.in === 'query')) flaws.push('query');
  if (operation.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match'))
    flaws.push('if-match');
  if (operation.jsonBody) flaws.push('body');
  if (BODY_METHODS.has(operation.method)) flaws.push('raw-body');
  return flaws;
}

/**
 * Every request carries at least one flaw, so none can be accepted; a second
 * flaw now and then checks that two problems still make one clean answer.
 * Weighted towards the legitimate token so most requests reach validation.
 */
export function hostileRequests(operation: Operation, target: Target): fc.Arbitrary<HostileRequest> {
  const flaws = flawsOf(operation);
  const base = () => (target.body ? structuredClone(target.body) : baseline(operation.jsonBody ?? {}));
  const arbitraryOf = (flaw: Flaw): fc.Arbitrary<Mutation> => {
    switch (flaw) {
      case 'auth':
        return forgedAuthorization(target.token).map((authorization) => ({ flaw, authorization }));
      case 'path':
        return fc
          .constantFrom(...operation.parameters.filter((p) => p.in === 'path'))
          .chain((p) => pathMutation(p, target));
      case 'query':
        return queryMutation(operation);
      case 'if-match':
        return ifMatchMutation;
      case 'body':
        return bodyMutation(operation.jsonBody!, base);
      case 'raw-body':
        return rawBodyMutation(operation, base);
    }
  };
  const weighted = flaws.map((flaw) => ({ weight: flaw === 'auth' ? 1 : 3, arbitrary: fc.constant(flaw) }));
  const chosen: fc.Arbitrary<Flaw[]> =
    flaws.length === 0
      ? fc.constant([])
      : fc
          .tuple(fc.oneof(...weighted), fc.subarray(flaws, { maxLength: 1 }))
          .map(([first, more]) => [...new Set([first, ...more])]);
  const extraQuery = fc.option(
    fc.tuple(fc.constantFrom('q', 'debug', 'callback', '_'), rawComponent).map(([k, v]) => `${k}=${v}`),
    { freq: 3 },
  );
  // Hostile text in the body's own text fields, for requests whose flaw is elsewhere (an unknown id, a
  // forged token): the body passes validation and its SQL or template text reaches the service.
  const bodyText = fc.option(fc.array(hostileString(), { minLength: 1, maxLength: 3 }), { freq: 2 });
  return fc
    .tuple(chosen, noiseHeaders, extraQuery, bodyText)
    .chain(([picked, noise, extra, texts]) =>
      (picked.length === 0 ? fc.constant([] as Mutation[]) : fc.tuple(...picked.map(arbitraryOf))).map((mutations) =>
        build(operation, target, mutations, noise, flaws.includes('query') ? null : extra, texts, base),
      ),
    );
}

/** The valid body with its text fields replaced by `texts`, in turn. */
function withTexts(schema: Schema, body: Record<string, unknown>, texts: string[] | null): Record<string, unknown> {
  if (!texts) return body;
  const fields = Object.keys(body).filter((name) => {
    const inner = schema.properties?.[name];
    return inner?.type === 'string' && !inner.enum;
  });
  fields.forEach((name, i) => (body[name] = texts[i % texts.length]));
  return body;
}

function build(
  operation: Operation,
  target: Target,
  mutations: Mutation[],
  noise: Record<string, string>,
  extraQuery: string | null,
  texts: string[] | null,
  base: () => Record<string, unknown>,
): HostileRequest {
  const pathValues: Record<string, string> = Object.fromEntries(
    Object.entries(target.pathValues).map(([k, v]) => [k, encodeComponent(v)]),
  );
  let query: Array<[string, string]> = Object.entries(target.query).map(([k, v]) => [k, encodeComponent(v)]);
  const headers: Record<string, string> = { ...noise };
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  if (target.ifMatch) headers['if-match'] = target.ifMatch;
  let body: string | Buffer | undefined;
  let contentType: string | undefined;
  if (operation.jsonBody) {
    body = toJsonText(withTexts(operation.jsonBody, base(), texts));
    contentType = 'application/json';
  }
  for (const mutation of mutations) {
    switch (mutation.flaw) {
      case 'auth':
        if (mutation.authorization === undefined) delete headers.authorization;
        else headers.authorization = mutation.authorization;
        break;
      case 'path':
        pathValues[mutation.name] = mutation.raw;
        break;
      case 'query':
        query = query.filter(([k]) => k !== mutation.drop && !mutation.replace?.includes(k));
        query.push(...mutation.entries);
        break;
      case 'if-match':
        if (mutation.value === undefined) delete headers['if-match'];
        else headers['if-match'] = mutation.value;
        break;
      case 'body':
        body = toJsonText(mutation.value);
        contentType = 'application/json';
        break;
      case 'raw-body':
        body = mutation.body;
        contentType = mutation.contentType;
        break;
    }
  }
  if (contentType) headers['content-type'] = contentType;
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name] ?? 'missing');
  const queryText = [...query.map(([k, v]) => `${k}=${v}`), ...(extraQuery ? [extraQuery] : [])].join('&');
  const fullPath = queryText ? `${path}?${queryText}` : path;
  const shown = (text: string) => (text.length > 700 ? `${text.slice(0, 700)}…(${text.length} chars)` : text);
  return {
    method: operation.method,
    path: fullPath,
    headers,
    body,
    flaws: mutations.map((m) => m.flaw),
    describe: shown(
      `${operation.method} ${fullPath} flaws=${mutations.map((m) => m.flaw).join('+') || 'none'} headers=${JSON.stringify(
        { ...headers, authorization: headers.authorization ? shown(headers.authorization).slice(0, 40) : undefined },
      )} body=${body === undefined ? '-' : shown(body.toString())}`,
    ),
  };
}

export { FRAGMENTS };
