import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { SessionLiveState } from '@kyodo/review';

/** What a session's live stream sends: a version (changes with every relevant write) and the counts behind it. */
export interface LiveSnapshot {
  version: string;
  present: number;
  proposals: Array<{
    proposalId: string;
    state: string;
    assigned: number;
    submitted: number;
    consensusVersion: number;
  }>;
  minutesLength: number;
}

export interface LiveListener {
  change(snapshot: LiveSnapshot): void;
  heartbeat(): void;
  end(): void;
}

interface Watch {
  listeners: Set<LiveListener>;
  last: LiveSnapshot | null;
  timer: NodeJS.Timeout;
  polling: boolean;
}

export const LIVE_POLL_MS = 1_000;
export const LIVE_HEARTBEAT_MS = 15_000;

/**
 * The live view of a joint evaluation session. Writes may come from any API process, so changes are found in
 * PostgreSQL: one cheap query per open session per second (shared by every stream of that session in this
 * process) reads the state of the agenda's sheets, consensus, attendance, minutes, decisions and the slot timer, and a change of
 * its digest is sent to the session's streams.
 */
@Injectable()
export class LiveSessions implements BeforeApplicationShutdown {
  private readonly watches = new Map<string, Watch>();
  private readonly logger = new Logger('LiveSessions');

  constructor(@Inject(SessionLiveState) private readonly liveState: SessionLiveState) {}

  async snapshot(sessionId: string): Promise<LiveSnapshot | null> {
    const state = await this.liveState.of(sessionId);
    if (!state) return null;
    const minutes = state.minutes ?? '';
    const digest = createHash('sha256')
      .update(JSON.stringify([state.proposals, state.present, minutes, state.clock]))
      .digest('base64url')
      .slice(0, 16);
    return {
      version: digest,
      present: state.present.length,
      minutesLength: minutes.length,
      proposals: state.proposals.map((p) => ({
        proposalId: p.proposalId,
        state: p.state,
        assigned: p.assigned,
        submitted: p.submitted,
        consensusVersion: p.consensusVersion ?? 0,
      })),
    };
  }

  /** Adds a stream; answers how to remove it. The first snapshot goes out at once. */
  watch(sessionId: string, listener: LiveListener, first: LiveSnapshot): () => void {
    let watch = this.watches.get(sessionId);
    if (!watch) {
      const created: Watch = {
        listeners: new Set(),
        last: first,
        polling: false,
        timer: setInterval(() => void this.poll(sessionId, created), LIVE_POLL_MS),
      };
      created.timer.unref();
      this.watches.set(sessionId, created);
      watch = created;
    }
    watch.listeners.add(listener);
    listener.change(first);
    const heartbeat = setInterval(() => listener.heartbeat(), LIVE_HEARTBEAT_MS);
    heartbeat.unref();
    const current = watch;
    return () => {
      clearInterval(heartbeat);
      current.listeners.delete(listener);
      if (current.listeners.size === 0 && this.watches.get(sessionId) === current) {
        clearInterval(current.timer);
        this.watches.delete(sessionId);
      }
    };
  }

  private async poll(sessionId: string, watch: Watch): Promise<void> {
    if (watch.polling) return;
    watch.polling = true;
    try {
      const next = await this.snapshot(sessionId);
      if (next && next.version !== watch.last?.version) {
        watch.last = next;
        for (const listener of watch.listeners) listener.change(next);
      }
    } catch (error) {
      // The database may be away for a moment: the stream stays open and the next poll tries again.
      this.logger.warn(`live session poll failed: ${(error as Error).message}`);
    } finally {
      watch.polling = false;
    }
  }

  /** Before the HTTP server closes: an open stream would otherwise hold the shutdown until its client leaves. */
  beforeApplicationShutdown(): void {
    for (const watch of this.watches.values()) {
      clearInterval(watch.timer);
      for (const listener of watch.listeners) listener.end();
    }
    this.watches.clear();
  }
}
