import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldViolation, ValidationFailedError } from '@kyodo/platform';
import { MAX_INPUT_DEPTH } from './input-limits';

function flatten(errors: ValidationError[], prefix = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Names `forbidNonWhitelisted` never refuses: class-validator looks fields up
 * in a plain object, so `valueOf` or `toString` count as declared, and
 * class-transformer assigns `constructor` instead of refusing it.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * The first prototype key, NUL character, lone surrogate or too-deep nesting in a parsed body or query, found without recursion. The request hook
 * in input-limits.ts refuses deep nesting earlier still; the pipe checks again so it is safe wherever it runs.
 */
export function structuralViolation(input: unknown): FieldViolation | null {
  const stack: Array<{ value: unknown; field: string; depth: number }> = [{ value: input, field: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, field, depth } = stack.pop()!;
    // PostgreSQL's text and jsonb cannot hold U+0000: let through, it failed the write with a 500.
    if (typeof value === 'string' && value.includes('\u0000')) {
      return { field: field || 'body', messages: ['must not contain the NUL character (U+0000)'] };
    }
    // A lone surrogate (JSON's "\udfff") is no character at all: jsonb refuses it (a 500 on every audited write)
    // and the e-mail check threw on it. With the u flag the class matches only unpaired halves, never 🏯.
    if (typeof value === 'string' && LONE_SURROGATE.test(value)) {
      return { field: field || 'body', messages: ['must be well-formed Unicode (no lone surrogate)'] };
    }
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return { field: field || 'body', messages: [`must not be nested deeper than ${MAX_INPUT_DEPTH} levels`] };
    }
    for (const key of Object.keys(value)) {
      const path = field ? `${field}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return { field: path, messages: [`${key} is not an allowed field name`] };
      if (key.includes('\u0000') || LONE_SURROGATE.test(key)) {
        return { field: path, messages: ['a field name must be well-formed Unicode without U+0000'] };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], field: path, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Nest's pipe plus what it misses: a JSON body that is not an object (Nest
 * validates `null` as `{}` and so ran the request), prototype keys (class-
 * transformer assigns `constructor` instead of refusing it), and nesting so
 * deep that class-transformer overflows the stack (a 500).
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && this.toValidate(metadata) && value !== undefined) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ValidationFailedError([{ field: 'body', messages: ['the body must be a JSON object'] }]);
      }
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const violation = structuralViolation(value);
      if (violation) throw new ValidationFailedError([violation]);
    }
    return super.transform(value, metadata);
  }
}

/** Every DTO is validated; unknown fields are refused; every failed field is listed. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
