import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

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

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async snapshot(sessionId: string): Promise<LiveSnapshot | null> {
    const [session] = await this.dataSource.query(
      'SELECT stage, agenda, present, minutes, clock FROM evaluation_sessions WHERE id = $1',
      [sessionId],
    );
    if (!session) return null;
    const ids = (session.agenda as Array<{ proposalId: string }>).map((a) => a.proposalId);
    const rows: Array<{
      proposal_id: string;
      state: string;
      version: number;
      assigned: number;
      submitted: number;
      sheets: string | null;
      consensus_version: number | null;
    }> = await this.dataSource.query(
      `SELECT p.id AS proposal_id, p.state, p.version,
              count(a.id) FILTER (WHERE a.status <> 'conflicted')::int AS assigned,
              count(a.id) FILTER (WHERE a.status IN ('submitted', 'locked'))::int AS submitted,
              string_agg(a.id::text || a.status || coalesce(s.submitted_at::text, ''), ',' ORDER BY a.id) AS sheets,
              (SELECT c.version FROM consensus_scores c WHERE c.session_id = $3 AND c.proposal_id = p.id) AS consensus_version
         FROM proposals p
         LEFT JOIN review_assignments a ON a.proposal_id = p.id AND a.stage = $2
         LEFT JOIN score_sheets s ON s.assignment_id = a.id
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id, p.state, p.version ORDER BY p.id`,
      [ids, session.stage, sessionId],
    );
    const minutes = (session.minutes as string | null) ?? '';
    const digest = createHash('sha256')
      .update(JSON.stringify([rows, session.present, minutes, session.clock]))
      .digest('base64url')
      .slice(0, 16);
    return {
      version: digest,
      present: (session.present as string[]).length,
      minutesLength: minutes.length,
      proposals: rows.map((r) => ({
        proposalId: r.proposal_id,
        state: r.state,
        assigned: r.assigned,
        submitted: r.submitted,
        consensusVersion: r.consensus_version ?? 0,
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
