import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FieldViolation, InputTooComplexError } from '@kyodo/platform';
import { MAX_INPUT_DEPTH, MAX_INPUT_VALUES, MAX_KEYS_PER_OBJECT } from './input-limits';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const isBlank = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

const TOO_MANY_VALUES: FieldViolation = {
  field: 'body',
  messages: [`must not hold more than ${MAX_INPUT_VALUES} values in all`],
};

/** Where the string opening at `start` ends (its closing quote), or -1 if it never does. */
function endOfString(bytes: Buffer, start: number): number {
  let quote = bytes.indexOf(QUOTE, start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = bytes.indexOf(QUOTE, quote + 1);
  }
  return -1;
}

/**
 * The input limits checked on the raw JSON text, before JSON.parse builds
 * anything: a flood of keys costs more to parse than to read (60,000 keys in
 * one object are a slow dictionary to build), and the scan stops at the first
 * limit crossed, a few kilobytes in. It counts as the parsed check does
 * (input-limits.ts) and is no validator: text that is not JSON is left for
 * JSON.parse to refuse. String contents are skipped with a native search.
 */
export function jsonLimitViolation(bytes: Buffer): FieldViolation | null {
  // Per open container (index = depth - 1): object or array, members so far, and the key last read (objects).
  const isObject: boolean[] = [];
  const members: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  let depth = 0;
  let values = 1;
  let stringStart = -1;
  let stringEnd = -1;
  /** Path of the container opened at `level` (0: the body itself), e.g. `content.kpis.3`; built only when refusing. */
  const pathOf = (level: number) => {
    const parts: string[] = [];
    for (let outer = 0; outer < level; outer++) {
      parts.push(
        isObject[outer] ? bytes.toString('utf8', keyStart[outer], keyEnd[outer]) : String(members[outer]! - 1),
      );
    }
    return parts.length > 0 ? parts.join('.') : 'body';
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (isBlank(byte)) continue;
    const top = depth - 1;
    // An array's first element: anything but its closing bracket right after it opens.
    if (depth > 0 && !isObject[top] && members[top] === 0 && byte !== CLOSE_ARRAY) {
      members[top] = 1;
      values++;
      if (values > MAX_INPUT_VALUES) return TOO_MANY_VALUES;
    }
    switch (byte) {
      case QUOTE: {
        const end = endOfString(bytes, i);
        if (end === -1) return null;
        stringStart = i + 1;
        stringEnd = end;
        i = end;
        break;
      }
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (depth >= MAX_INPUT_DEPTH) {
          return { field: pathOf(depth), messages: [`must not be nested deeper than ${MAX_INPUT_DEPTH} levels`] };
        }
        isObject[depth] = byte === OPEN_OBJECT;
        members[depth] = 0;
        depth++;
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        if (depth === 0) return null;
        depth--;
        break;
      case COLON:
        if (depth === 0 || !isObject[top]) return null;
        keyStart[top] = stringStart;
        keyEnd[top] = stringEnd;
        members[top]!++;
        values++;
        if (members[top]! > MAX_KEYS_PER_OBJECT) {
          return {
            field: pathOf(top),
            messages: [`must not have more than ${MAX_KEYS_PER_OBJECT} fields in one object`],
          };
        }
        if (values > MAX_INPUT_VALUES) return TOO_MANY_VALUES;
        break;
      case COMMA:
        if (depth > 0 && !isObject[top]) {
          members[top]!++;
          values++;
          if (values > MAX_INPUT_VALUES) return TOO_MANY_VALUES;
        }
        break;
    }
  }
  return null;
}

type Done = (error: Error | null, body?: unknown) => void;

/**
 * The JSON body parser: Fastify's own (its prototype-poisoning protections
 * included, `__proto__` and `constructor.prototype` refused) behind the raw
 * scan, so a body beyond the input limits is refused before it is parsed.
 */
export function limitedJsonParser(fastify: FastifyInstance) {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: Buffer, done: Done): void => {
    const violation = jsonLimitViolation(body);
    if (violation) {
      done(new InputTooComplexError(violation));
      return;
    }
    // Typed as taking text, the parser takes the bytes too (secure-json-parse decodes them), as Nest's own use of it does.
    // It answers through `done`; its return value (void, or a promise in Fastify's async form) carries nothing.
    void parse(request, body as unknown as string, done as NonNullable<Parameters<typeof parse>[2]>);
  };
}
