import { inputLimitViolation, MAX_INPUT_DEPTH, MAX_INPUT_VALUES, MAX_KEYS_PER_OBJECT } from './input-limits';
import { jsonLimitViolation } from './json-limits';

const scan = (value: unknown) => jsonLimitViolation(Buffer.from(JSON.stringify(value)));
const keys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));
const nestedJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('the raw JSON scan', () => {
  it('agrees with the check of the parsed body, at each limit and one beyond it', () => {
    const cases: unknown[] = [
      keys(MAX_KEYS_PER_OBJECT),
      keys(MAX_KEYS_PER_OBJECT + 1),
      { content: { kpis: [{}, {}, keys(MAX_KEYS_PER_OBJECT + 1)] } },
      { list: Array.from({ length: MAX_INPUT_VALUES - 2 }, () => 0) },
      { list: Array.from({ length: MAX_INPUT_VALUES - 1 }, () => 0) },
      { lists: Array.from({ length: 40 }, () => keys(MAX_INPUT_VALUES / 40)) },
      { empty: [], also: {}, nested: [[], [[]], { a: [1, [2, { b: 'x' }]] }] },
      JSON.parse(nestedJson(MAX_INPUT_DEPTH)),
      { a: JSON.parse(nestedJson(MAX_INPUT_DEPTH)) },
    ];
    for (const value of cases) expect(scan(value)).toEqual(inputLimitViolation(value, 'body'));
  });

  it('is not fooled by brackets, colons, commas and escaped quotes inside strings', () => {
    const text = `{"t":"${'{[:,\\"'.repeat(50_000)}","u":["a,b","c:d\\\\"]}`;
    expect(JSON.parse(text).u).toHaveLength(2);
    expect(jsonLimitViolation(Buffer.from(text))).toBeNull();
  });

  it('refuses deep nesting from the text alone, naming where', () => {
    expect(jsonLimitViolation(Buffer.from(nestedJson(100_000)))).toEqual({
      field: Array(MAX_INPUT_DEPTH).fill('a').join('.'),
      messages: [`must not be nested deeper than ${MAX_INPUT_DEPTH} levels`],
    });
  });

  it('leaves text that is not JSON to JSON.parse', () => {
    for (const text of ['', '{"title": ', '}}}', '{"a" "b"}', '[1,2', '"open']) {
      expect(jsonLimitViolation(Buffer.from(text))).toBeNull();
    }
  });
});
