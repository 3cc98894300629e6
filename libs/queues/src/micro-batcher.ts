export type BatchOutcome<R> = { ok: true; value: R } | { ok: false; error: Error };
/** An item's outcome, or its promise when the item still finishes after its batch has handed back its slot. */
export type PendingOutcome<R> = BatchOutcome<R> | Promise<BatchOutcome<R>>;

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: Error) => void;
}

/**
 * Gathers the items handed in while the previous batch is still running
 * (for a BullMQ worker: the jobs it runs concurrently) and processes them
 * together, so per-item database round trips become per-batch ones. Under
 * light load a batch is one item and starts at once; under heavy load the
 * batches grow by themselves. Each caller gets its own item's outcome. A
 * batch that throws is run again item by item, so one poisoned item fails
 * alone instead of taking its neighbours down on every retry. A batch may
 * answer an item with a promise of its outcome: its slot goes to the next
 * batch at once while that item finishes (for notices: the next batch reads
 * while this one's e-mails are sent and marked).
 */
export class MicroBatcher<T, R> {
  private waiting: Array<Waiting<T, R>> = [];
  private scheduled = false;
  private running = 0;

  constructor(
    private readonly processBatch: (items: T[]) => Promise<Array<PendingOutcome<R>>>,
    private readonly maxBatch = 100,
    private readonly maxRunning = 2,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.waiting.length > 0 && this.running < this.maxRunning) this.run(this.waiting.splice(0, this.maxBatch));
  }

  private run(batch: Array<Waiting<T, R>>): void {
    this.running++;
    this.settle(batch)
      .catch(async (error: unknown) => {
        if (batch.length === 1) batch[0]!.reject(error instanceof Error ? error : new Error(String(error)));
        else await Promise.all(batch.map((one) => this.settle([one]).catch((e: Error) => one.reject(e))));
      })
      .finally(() => {
        this.running--;
        this.flush();
      });
  }

  private async settle(batch: Array<Waiting<T, R>>): Promise<void> {
    const outcomes = await this.processBatch(batch.map((w) => w.item));
    for (const [i, waiting] of batch.entries()) {
      const outcome = outcomes[i];
      if (!outcome) waiting.reject(new Error('batch returned no outcome for this item'));
      else if (outcome instanceof Promise) {
        outcome.then(
          (settled) => deliver(waiting, settled),
          (error: unknown) => waiting.reject(error instanceof Error ? error : new Error(String(error))),
        );
      } else deliver(waiting, outcome);
    }
  }
}

function deliver<T, R>(waiting: Waiting<T, R>, outcome: BatchOutcome<R>): void {
  if (outcome.ok) waiting.resolve(outcome.value);
  else waiting.reject(outcome.error);
}
