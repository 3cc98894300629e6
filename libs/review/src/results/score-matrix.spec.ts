import { pseudonymOrder, pseudonyms } from './score-matrix';

describe('pseudonyms of a stage’s scorers (委員A, 委員B …)', () => {
  const ids = Array.from({ length: 28 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

  it('letters every scorer once, A to Z then AA, whatever order they come in', () => {
    const names = pseudonyms('call-1', 'document', ids);
    const letters = [...names.values()].sort((a, b) => pseudonymOrder(a) - pseudonymOrder(b));
    expect(letters.slice(0, 3)).toEqual(['委員A', '委員B', '委員C']);
    expect(letters.slice(-3)).toEqual(['委員Z', '委員AA', '委員AB']);
    expect(new Set(letters).size).toBe(28);
    expect(pseudonyms('call-1', 'document', [...ids].reverse())).toEqual(names);
  });

  it('does not follow the ids’ order, and is salted by the call and the stage', () => {
    const first = pseudonyms('call-1', 'document', ids);
    // Ids in ascending order do not get A, B, C … in that order (the hash orders them).
    expect(ids.map((id) => first.get(id))).not.toEqual(
      [...first.values()].sort((a, b) => pseudonymOrder(a) - pseudonymOrder(b)),
    );
    expect(pseudonyms('call-2', 'document', ids)).not.toEqual(first);
    expect(pseudonyms('call-1', 'presentation', ids)).not.toEqual(first);
  });
});
