import { structuralViolation } from './validation';

describe('text PostgreSQL cannot store: NUL and lone surrogates', () => {
  it('is refused in any string value, at any depth, naming the field (PostgreSQL text and jsonb cannot hold it)', () => {
    expect(structuralViolation({ title: 'a\u0000b' })).toEqual({
      field: 'title',
      messages: ['must not contain the NUL character (U+0000)'],
    });
    expect(structuralViolation({ content: { budget: [{ item: 'x', note: '\u0000' }] } })?.field).toBe(
      'content.budget.0.note',
    );
    expect(structuralViolation({ ['k\u0000']: 1 })?.messages).toEqual([
      'a field name must be well-formed Unicode without U+0000',
    ]);
  });

  it('refuses a lone surrogate (no character at all: jsonb refuses it) but not a pair', () => {
    expect(structuralViolation({ reason: 'x\udfff' })?.messages).toEqual([
      'must be well-formed Unicode (no lone surrogate)',
    ]);
    expect(structuralViolation({ reason: '\udc00\ud800' })?.field).toBe('reason');
    expect(structuralViolation({ ['k\ud800']: 1 })?.field).toBe('k\ud800');
    expect(structuralViolation({ title: '天守 🏯 \ud83c\udfef' })).toBeNull();
  });

  it('lets every other character through, controls included (they are stored as given)', () => {
    expect(structuralViolation({ title: 'tab\there\nline \u0001 \u202e 協働' })).toBeNull();
  });
});
