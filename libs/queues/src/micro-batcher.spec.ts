import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('processes the items of one turn together and answers each caller with its own outcome', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(async (items) => {
      batches.push(items);
      return items.map((n) => (n % 3 === 0 ? { ok: false, error: new Error(`no ${n}`) } : { ok: true, value: n * 10 }));
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => batcher.add(n)));
    expect(batches).toEqual([[1, 2, 3, 4]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      10,
      20,
      'no 3',
      40,
    ]);
  });

  it('caps a batch at its size and, when a batch throws, runs its items one by one', async () => {
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        sizes.push(items.length);
        if (items.includes(7)) throw new Error('poisoned item');
        return items.map((value) => ({ ok: true, value }));
      },
      5,
      1,
    );
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => batcher.add(i)));
    // 0–4, then 5–9 fails and is rerun alone (5 singles), then 10–11
    expect(sizes).toEqual([5, 5, 1, 1, 1, 1, 1, 2]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect((results[7] as PromiseRejectedResult).reason.message).toBe('poisoned item');
    expect((results[8] as PromiseFulfilledResult<number>).value).toBe(8);
    expect((results[11] as PromiseFulfilledResult<number>).value).toBe(11);
  });
});
