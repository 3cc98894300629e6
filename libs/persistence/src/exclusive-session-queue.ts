import type { PGlite } from '@electric-sql/pglite';

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I': not inside a transaction block

/**
 * PGlite is one backend session. pglite-socket's own multiplexer interleaves
 * messages of different clients between a Parse and its Sync, and between the
 * statements of a transaction that has not yet reported itself, which breaks
 * isolation. This queue gives one client the session from its first message
 * until PGlite answers ReadyForQuery with status Idle, i.e. until the client
 * is outside any transaction and between protocol cycles. Others wait their
 * turn, so every transaction runs alone: serializable by construction.
 *
 * It implements the duck-typed queue that PGLiteSocketHandler expects.
 */
export class ExclusiveSessionQueue {
  private readonly waiting: Pending[] = [];
  private owner: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.waiting.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const pending = this.waiting[i]!;
      if (pending.handlerId === handlerId) {
        this.waiting.splice(i, 1);
        pending.reject(new Error('client disconnected'));
      }
    }
  }

  /** A client that leaves mid-transaction must not leave the session in it. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.drain();
  }

  private next(): Pending | undefined {
    if (this.owner === null) return this.waiting.shift();
    const index = this.waiting.findIndex((p) => p.handlerId === this.owner);
    return index === -1 ? undefined : this.waiting.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let pending = this.next(); pending; pending = this.next()) {
        await this.run(pending);
      }
    } finally {
      this.running = false;
    }
  }

  private async run(pending: Pending): Promise<void> {
    this.owner = pending.handlerId;
    let tail: Uint8Array = new Uint8Array(0);
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(pending.message, {
          onRawData: (chunk: Uint8Array) => {
            bytes += chunk.length;
            tail = lastSix(tail, chunk);
            pending.onData(chunk);
          },
        }),
      );
      pending.resolve(bytes);
    } catch (error) {
      pending.reject(error);
    }
    if (endsIdle(tail)) this.owner = null;
  }
}

function lastSix(previous: Uint8Array, chunk: Uint8Array): Uint8Array {
  const joined = new Uint8Array(previous.length + chunk.length);
  joined.set(previous);
  joined.set(chunk, previous.length);
  return joined.slice(Math.max(0, joined.length - 6));
}

function endsIdle(tail: Uint8Array): boolean {
  return (
    tail.length === 6 &&
    tail[0] === READY_FOR_QUERY &&
    tail[1] === 0 &&
    tail[2] === 0 &&
    tail[3] === 0 &&
    tail[4] === 5 &&
    tail[5] === IDLE
  );
}
