import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueueName } from './job-catalogue';

/** A row written beside the change that caused it. */
export interface NewOutboxMessage {
  id: string;
  municipalityId: string | null;
  queue: QueueName;
  jobName: string;
  payload: unknown;
  deliverAt: Date | null;
  heldForCall: string | null;
  jobId: string;
}

/** A row a relay has claimed for a while, to add to BullMQ. */
export interface ClaimedOutboxMessage {
  id: string;
  queue: QueueName;
  jobName: string;
  payload: unknown;
  jobId: string;
  deliverAt: Date | null;
}

interface ClaimedRow {
  id: string;
  queue: QueueName;
  job_name: string;
  payload: unknown;
  job_id: string;
  deliver_at: Date | null;
}

/**
 * The transactional outbox. Written in the caller's transaction; drained by relays that claim rows with
 * FOR UPDATE SKIP LOCKED and a lease, so several relays never add the same row at once.
 */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Plain SQL, so any data source can write it (no entity metadata needed where the caller opened its own). Several
   * messages go in one statement: each is a round trip less inside the caller's transaction.
   */
  async insert(manager: EntityManager, ...messages: NewOutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await manager.query(
      `INSERT INTO outbox (id, municipality_id, queue, job_name, payload, deliver_at, held_for_call, job_id)
       SELECT m.id, m.municipality_id, m.queue, m.job_name, m.payload, m.deliver_at, m.held_for_call, m.job_id
         FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, municipality_id uuid, queue text, job_name text, payload jsonb,
                                                 deliver_at timestamptz, held_for_call uuid, job_id text)`,
      [
        JSON.stringify(
          messages.map((message) => ({
            id: message.id,
            municipality_id: message.municipalityId,
            queue: message.queue,
            job_name: message.jobName,
            payload: message.payload,
            deliver_at: message.deliverAt,
            held_for_call: message.heldForCall,
            job_id: message.jobId,
          })),
        ),
      ],
    );
  }

  /** Claims up to `limit` unsent, unheld rows, oldest first, for `claimSeconds`; rows another relay holds are skipped. */
  async claim(limit: number, claimSeconds: number): Promise<ClaimedOutboxMessage[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
    const [rows]: [ClaimedRow[], number] = await this.db.query(
      `UPDATE outbox SET claimed_until = now() + make_interval(secs => $2)
        WHERE id IN (
          SELECT id FROM outbox
           WHERE dispatched_at IS NULL AND held_for_call IS NULL AND (claimed_until IS NULL OR claimed_until < now())
           ORDER BY created_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, job_name, payload, job_id, deliver_at`,
      [limit, claimSeconds],
    );
    return rows.map((row) => ({
      id: row.id,
      queue: row.queue,
      jobName: row.job_name,
      payload: row.payload,
      jobId: row.job_id,
      deliverAt: row.deliver_at,
    }));
  }

  async markDispatched(ids: string[]): Promise<void> {
    await this.db.query(
      `UPDATE outbox SET dispatched_at = now(), claimed_until = NULL, attempts = attempts + 1 WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Gives claimed rows back after Redis refused them, with the reason. */
  async release(ids: string[], error: string): Promise<void> {
    await this.db.query(
      `UPDATE outbox SET claimed_until = NULL, attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`,
      [ids, error],
    );
  }

  /** How many notices are held for the call's batch announcement (一斉通知). */
  async heldForCall(callId: string): Promise<number> {
    const rows: Array<{ held: number }> = await this.db.query(
      'SELECT count(*)::int AS held FROM outbox WHERE held_for_call = $1',
      [callId],
    );
    return rows[0]!.held;
  }

  /** Lets the relay send the call's held notices, in the caller's transaction; answers how many were held. */
  async releaseHeldForCall(manager: EntityManager, callId: string): Promise<number> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [, released]: [unknown, number] = await manager.query(
      'UPDATE outbox SET held_for_call = NULL WHERE held_for_call = $1',
      [callId],
    );
    return released;
  }

  async pendingCount(): Promise<number> {
    const rows: Array<{ count: number }> = await this.db.query(
      `SELECT count(*)::int AS count FROM outbox WHERE dispatched_at IS NULL`,
    );
    return rows[0]!.count;
  }

  /**
   * The release moment of the newest release-announcement timer written for the call (null when that row names
   * none), or null when there is no such row.
   */
  async latestReleaseAnnouncement(callId: string): Promise<{ releaseAt: string | null } | null> {
    const rows: Array<{ release_at: string | null }> = await this.db.query(
      `SELECT payload->>'releaseAt' AS release_at FROM outbox
        WHERE job_name = 'timer.release-announcement' AND payload->>'callId' = $1 ORDER BY created_at DESC LIMIT 1`,
      [callId],
    );
    return rows[0] ? { releaseAt: rows[0].release_at } : null;
  }
}
