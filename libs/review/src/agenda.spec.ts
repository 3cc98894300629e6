import { orderAgenda, slotTimes } from './agenda';

describe('session agenda', () => {
  it('keeps a conflicted member out of consecutive items where it can', () => {
    // m1 must leave for p1 and p2; in the given order they would follow each other.
    const conflicts = new Map([
      ['p1', new Set(['m1'])],
      ['p2', new Set(['m1'])],
    ]);
    const { order, unavoidableAdjacencies } = orderAgenda(['p1', 'p2', 'p3'], conflicts);
    expect(order).toEqual(['p1', 'p3', 'p2']);
    expect(unavoidableAdjacencies).toBe(0);
  });

  it('keeps the given order when nothing clashes, and counts clashes it cannot avoid', () => {
    expect(orderAgenda(['a', 'b', 'c'], new Map()).order).toEqual(['a', 'b', 'c']);
    const all = new Map([
      ['a', new Set(['m'])],
      ['b', new Set(['m'])],
    ]);
    expect(orderAgenda(['a', 'b'], all)).toEqual({ order: ['a', 'b'], unavoidableAdjacencies: 1 });
  });

  it('lays out 7 + 8 minute slots back to back', () => {
    const slots = slotTimes(new Date('2026-08-20T04:30:00Z'), 2, { presentation: 7, questions: 8 });
    expect(slots).toEqual([
      {
        startsAt: '2026-08-20T04:30:00.000Z',
        questionsAt: '2026-08-20T04:37:00.000Z',
        endsAt: '2026-08-20T04:45:00.000Z',
      },
      {
        startsAt: '2026-08-20T04:45:00.000Z',
        questionsAt: '2026-08-20T04:52:00.000Z',
        endsAt: '2026-08-20T05:00:00.000Z',
      },
    ]);
  });
});
