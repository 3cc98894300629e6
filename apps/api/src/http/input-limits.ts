import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FieldViolation, InputTooComplexError } from '@kyodo/platform';
import { sendProblem } from './problem.filter';

/*
 * The body limit bounds the bytes, not the work: 1 MB of JSON holds 60,000
 * keys, and validating them cost seconds of CPU and a 4 MB answer. These
 * limits bound what validation may be handed. Each is far above any real
 * request: a rubric at its maxima (50 criteria of 20 levels) is about 3,700
 * values, a proposal at its maxima (50 KPIs, 100 roles, 200 budget lines, 100
 * schedule items) about 2,000, a session with 500 guests about 2,700; the
 * widest real object is a DTO of some 40 fields or a score record of at most
 * 100 criterion keys; a proposal's content is four levels deep.
 */

/** Nesting: class-transformer recurses without a limit and overflows the stack far below what JSON.parse accepts. */
export const MAX_INPUT_DEPTH = 32;
/** Keys in one object: every unknown key is a validation error of its own. */
export const MAX_KEYS_PER_OBJECT = 1_000;
/** Values in a whole body or query, containers and array items included: validation walks every one. */
export const MAX_INPUT_VALUES = 20_000;

/**
 * Where a parsed body or query goes beyond the limits, or null. Iterative (a
 * deep body must not overflow this walk either), and it stops at the first
 * limit crossed, so its cost is bounded by the limits, not by the input.
 */
export function inputLimitViolation(input: unknown, root: 'body' | 'query'): FieldViolation | null {
  if (!isWalkable(input)) return null;
  const stack: Array<{ value: object; field: string; depth: number }> = [{ value: input, field: '', depth: 0 }];
  let values = 1;
  while (stack.length > 0) {
    const { value, field, depth } = stack.pop()!;
    const where = field || root;
    if (depth >= MAX_INPUT_DEPTH) {
      return { field: where, messages: [`must not be nested deeper than ${MAX_INPUT_DEPTH} levels`] };
    }
    // An array's length is read, not its keys listed: 1 MB of `[0,0,…]` is half a million items.
    const keys = Array.isArray(value) ? null : Object.keys(value);
    const size = keys ? keys.length : (value as unknown[]).length;
    if (keys && size > MAX_KEYS_PER_OBJECT) {
      return { field: where, messages: [`must not have more than ${MAX_KEYS_PER_OBJECT} fields in one object`] };
    }
    values += size;
    if (values > MAX_INPUT_VALUES) {
      return { field: root, messages: [`must not hold more than ${MAX_INPUT_VALUES} values in all`] };
    }
    for (let i = 0; i < size; i++) {
      const key = keys ? keys[i]! : i;
      const child = (value as Record<string | number, unknown>)[key];
      if (isWalkable(child))
        stack.push({ value: child, field: field ? `${field}.${key}` : `${key}`, depth: depth + 1 });
    }
  }
  return null;
}

function isWalkable(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Buffer.isBuffer(value);
}

/**
 * Fastify `preValidation` hook: right after the body is parsed and before any
 * guard, interceptor or pipe runs, a body or query beyond the limits is
 * answered with a small 400 problem (`input_too_complex`). Callback style,
 * the cheapest kind of hook, since it runs on every request.
 */
export function refuseInputBeyondLimits(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const violation = inputLimitViolation(request.body, 'body') ?? inputLimitViolation(request.query, 'query');
  if (!violation) {
    done();
    return;
  }
  // Answered here, so the chain stops: `done` is not called.
  sendProblem(new InputTooComplexError(violation), request, reply);
}
