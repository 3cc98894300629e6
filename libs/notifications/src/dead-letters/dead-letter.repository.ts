import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { JobName } from '@kyodo/queues';

/** A job that failed its last attempt, as the worker reports it. */
export interface FailedJob {
  queue: string;
  jobName: string;
  jobId: string;
  payload: unknown;
  error: string;
  attempts: number;
  /** Whose job it was (from its payload, once libs/identity knows it); null for a job of no known municipality. */
  municipalityId: string | null;
}

/** A dead letter as administrators see it. */
export interface DeadLetter {
  id: string;
  queue: string;
  jobName: string;
  jobId: string;
  payload: Record<string, unknown>;
  error: string;
  attempts: number;
  failedAt: Date;
  retriedAt: Date | null;
}

/** A dead letter locked for sending again. */
export interface DeadLetterToRetry {
  id: string;
  /** Written from a BullMQ job of the catalogue, so one of its names. */
  jobName: JobName;
  payload: { outboxId?: string; municipalityId?: string | null } & Record<string, unknown>;
  municipalityId: string | null;
}

interface RetryRow {
  id: string;
  job_name: JobName;
  payload: DeadLetterToRetry['payload'];
  municipality_id: string | null;
}

/** The `dead_letters` table: jobs that failed their last attempt, each kept with its municipality. */
@Injectable()
export class DeadLetterRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records the failure, or (the same job failing again after a retry) its latest error. */
  async record(job: FailedJob): Promise<void> {
    await this.db.query(
      `INSERT INTO dead_letters (id, queue, job_name, job_id, payload, error, attempts, failed_at, municipality_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8) ON CONFLICT (job_id) DO UPDATE SET error = EXCLUDED.error, attempts = EXCLUDED.attempts, failed_at = now()`,
      [
        randomUUID(),
        job.queue,
        job.jobName,
        job.jobId,
        JSON.stringify(job.payload),
        job.error,
        job.attempts,
        job.municipalityId,
      ],
    );
  }

  /** The newest 200 dead letters of a municipality, or of every one (`all`). */
  async list(scope: { all: boolean; municipalityId: string | null }): Promise<DeadLetter[]> {
    const rows: DeadLetter[] = await this.db.query(
      `SELECT id, queue, job_name AS "jobName", job_id AS "jobId", payload, error, attempts, failed_at AS "failedAt", retried_at AS "retriedAt"
         FROM dead_letters WHERE $1::boolean OR municipality_id = $2 ORDER BY failed_at DESC LIMIT 200`,
      [scope.all, scope.municipalityId],
    );
    return rows;
  }

  /** Locks the dead letter inside the caller's transaction; null when there is none. */
  async lockForRetry(manager: EntityManager, id: string): Promise<DeadLetterToRetry | null> {
    const [row]: RetryRow[] = await manager.query(
      'SELECT id, job_name, payload, municipality_id FROM dead_letters WHERE id = $1 FOR UPDATE',
      [id],
    );
    return row
      ? { id: row.id, jobName: row.job_name, payload: row.payload, municipalityId: row.municipality_id }
      : null;
  }

  async markRetried(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE dead_letters SET retried_at = now() WHERE id = $1', [id]);
  }
}
