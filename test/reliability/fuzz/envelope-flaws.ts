import fc from 'fast-check';
import type { Mutation, Target } from './flaw-types';
import type { Operation, Parameter } from './openapi';
import { hostileString, hugeString, loneSurrogate, PROTO_KEYS } from './hostile-values';

/** Flaws around the body: the token, path parameters, the query string and If-Match. */

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
export const rawComponent = fc.oneof(
  {
    weight: 4,
    arbitrary: hostileString(false)
      .filter((s) => s !== '')
      .map(encodeComponent),
  },
  { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%ED%A0%80', '%FF%FE', '%C0%AF', '%25%32%65') },
  { weight: 1, arbitrary: loneSurrogate.map(encodeComponent) },
);

export const forgedAuthorization = (token?: string) =>
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

export function pathMutation(parameter: Parameter, target: Target): fc.Arbitrary<Mutation> {
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

export function queryMutation(operation: Operation): fc.Arbitrary<Mutation> {
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

/** A malformed If-Match (400); where the header is required, also a missing one (428). */
export const ifMatchMutation = (required: boolean): fc.Arbitrary<Mutation> =>
  fc.oneof(...(required ? [fc.constant({ flaw: 'if-match' as const })] : []), malformedIfMatch);

const malformedIfMatch: fc.Arbitrary<Mutation> = fc
  .oneof(
    fc.constantFrom('W/"1"', '"abc"', '*', '"1', '""', '"-1"', '"9999999999"', '"1", "2"', '"1.0"'),
    hostileString(false).map(headerSafe),
  )
  .filter((value) => value.trim() !== '' && !/^"?\d{1,9}"?$/.test(value.trim()))
  .map((value) => ({ flaw: 'if-match' as const, value }));

/** Headers that must never matter: a hostile language, forwarding chain, request id and cookie. */
export const noiseHeaders = fc.record(
  {
    'accept-language': fc.oneof(hostileString(false).map(headerSafe), fc.constantFrom('en', 'ja', '*', 'zz-ZZ;q=2')),
    'x-forwarded-for': fc.oneof(hostileString(false).map(headerSafe), fc.constant('127.0.0.1, ::1, 999.1.1.1')),
    'x-request-id': hostileString(false).map(headerSafe),
    cookie: hostileString(false).map((s) => `kyodo_queue_dashboard=${headerSafe(s)}`),
  },
  { requiredKeys: [] },
);

/**
 * HTTP that Node's parser refuses before any route runs: a Content-Length
 * that is no number or two that disagree, Content-Length beside chunked
 * Transfer-Encoding (request smuggling), a header name with a space, a line
 * with no colon, a NUL in a value. Every operation can be sent these.
 */
export const framingMutation: fc.Arbitrary<Mutation> = fc
  .constantFrom<string[]>(
    ['content-length: abc'],
    ['content-length: 1', 'content-length: 2'],
    ['transfer-encoding: chunked', 'content-length: 3'],
    ['x-kyodo fuzz: 1'],
    ['kyodo'],
    ['x-kyodo: a\u0000b'],
    ['content-length: -1'],
  )
  .map((lines) => ({ flaw: 'framing' as const, lines }));
