import { MAX_LISTED_VIOLATIONS, ValidationFailedError } from '@kyodo/platform';
import { inputLimitViolation, MAX_INPUT_DEPTH, MAX_INPUT_VALUES, MAX_KEYS_PER_OBJECT } from './input-limits';

function keys(count: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));
}

/** Value nested `depth` levels, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('the input limits', () => {
  it('let scalars, buffers and bodies within every limit through', () => {
    for (const value of [undefined, null, 42, 'text', Buffer.alloc(10)])
      expect(inputLimitViolation(value, 'body')).toBeNull();
    expect(
      inputLimitViolation({ a: keys(MAX_KEYS_PER_OBJECT), b: [1, 2, { c: nested(MAX_INPUT_DEPTH - 3) }] }, 'body'),
    ).toBeNull();
  });

  it('refuse one object with too many keys, naming where it is', () => {
    expect(inputLimitViolation(keys(MAX_KEYS_PER_OBJECT + 1), 'body')?.field).toBe('body');
    expect(inputLimitViolation({ content: { list: [keys(MAX_KEYS_PER_OBJECT + 1)] } }, 'body')?.field).toBe(
      'content.list.0',
    );
  });

  it('refuse too many values in all, arrays counted by their length', () => {
    const lists = Array.from({ length: 30 }, () => keys(MAX_INPUT_VALUES / 30 + 1));
    expect(inputLimitViolation({ lists }, 'body')?.messages[0]).toContain(`${MAX_INPUT_VALUES} values`);
    expect(inputLimitViolation({ zeros: Array.from({ length: 500_000 }, () => 0) }, 'query')?.field).toBe('query');
  });

  it('refuse nesting beyond the limit without recursing (100,000 levels)', () => {
    expect(inputLimitViolation(nested(MAX_INPUT_DEPTH), 'body')).toBeNull();
    expect(inputLimitViolation(nested(100_000), 'body')?.messages[0]).toContain(`${MAX_INPUT_DEPTH} levels`);
  });
});

describe('a validation problem', () => {
  it('lists the first violations, clips long names, and counts the rest', () => {
    const violations = Array.from({ length: 500 }, (_, i) => ({
      field: `${'f'.repeat(10_000)}${i}`,
      messages: ['must not exist'],
    }));
    const { extensions } = new ValidationFailedError(violations);
    expect(extensions.errors).toHaveLength(MAX_LISTED_VIOLATIONS);
    expect(extensions.omittedErrors).toBe(500 - MAX_LISTED_VIOLATIONS);
    expect(JSON.stringify(extensions).length).toBeLessThan(8 * 1024);
    expect(new ValidationFailedError(violations.slice(0, 2)).extensions).not.toHaveProperty('omittedErrors');
  });
});
