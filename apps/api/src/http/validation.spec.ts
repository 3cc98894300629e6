import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import { IsString } from 'class-validator';
import { ValidationFailedError } from '@kyodo/platform';
import { MAX_INPUT_DEPTH } from './input-limits';
import { createValidationPipe, structuralViolation } from './validation';

class TitleDto {
  @IsString()
  title: string;
}

const body: ArgumentMetadata = { type: 'body', metatype: TitleDto };
const query: ArgumentMetadata = { type: 'query', metatype: TitleDto };

async function violations(value: unknown, metadata = body) {
  try {
    await createValidationPipe().transform(value, metadata);
  } catch (error) {
    if (error instanceof ValidationFailedError) return error.violations;
    throw error;
  }
  return [];
}

/** Value nested `depth` levels, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('the validation pipe', () => {
  it('refuses a JSON body that is not an object (Nest would validate null as {})', async () => {
    for (const value of [null, 42, 'text', [{ title: 'x' }]]) {
      expect(await violations(value)).toEqual([{ field: 'body', messages: ['the body must be a JSON object'] }]);
    }
  });

  it('refuses field names that forbidNonWhitelisted lets through, in bodies and queries, at any depth', async () => {
    for (const name of ['valueOf', 'toString', 'constructor', '__proto__', 'prototype', 'hasOwnProperty']) {
      const own = JSON.parse(`{"title":"x","${name}":1}`);
      expect(await violations(own)).toEqual([{ field: name, messages: [`${name} is not an allowed field name`] }]);
      expect(await violations(own, query)).toHaveLength(1);
      expect(structuralViolation({ a: [{ b: own }] })?.field).toBe(`a.0.b.${name}`);
    }
  });

  it('refuses nesting beyond the limit without recursing (100,000 levels)', async () => {
    expect(structuralViolation(nested(MAX_INPUT_DEPTH - 1))).toBeNull();
    expect(structuralViolation(nested(MAX_INPUT_DEPTH + 1))?.messages[0]).toContain(`${MAX_INPUT_DEPTH} levels`);
    expect(await violations({ title: nested(100_000) })).toHaveLength(1);
  });

  it('still accepts a valid body and still names unknown fields', async () => {
    expect(await violations({ title: '協働' })).toEqual([]);
    expect((await violations({ title: 'x', surprise: true })).map((v) => v.field)).toEqual(['surprise']);
  });
});
