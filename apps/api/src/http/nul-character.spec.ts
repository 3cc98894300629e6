import { structuralViolation } from './validation';

describe('the NUL character in input', () => {
  it('is refused in any string value, at any depth, naming the field (PostgreSQL text and jsonb cannot hold it)', () => {
    expect(structuralViolation({ title: 'a\u0000b' })).toEqual({
      field: 'title',
      messages: ['must not contain the NUL character (U+0000)'],
    });
    expect(structuralViolation({ content: { budget: [{ item: 'x', note: '\u0000' }] } })?.field).toBe(
      'content.budget.0.note',
    );
    expect(structuralViolation({ ['k\u0000']: 1 })?.messages).toEqual(['a field name must not contain U+0000']);
  });

  it('lets every other character through, controls and lone surrogates included (they are stored as given)', () => {
    expect(structuralViolation({ title: 'tab\there\nline \u0001 \ud800 協働' })).toBeNull();
  });
});
