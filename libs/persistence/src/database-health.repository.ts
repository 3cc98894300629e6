import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReadDataSource } from './read-data-source';

/** Whether the database (and the read replica, when one is set) answers at all: the readiness probe's checks. */
@Injectable()
export class DatabaseHealthRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ReadDataSource) private readonly reads: ReadDataSource,
  ) {}

  /** Resolves once the database has answered a trivial query; rejects with the driver's error otherwise. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  /** Whether a read replica is configured (DATABASE_READ_URL). */
  get hasReplica(): boolean {
    return this.reads.hasReplica;
  }

  /**
   * How far the read replica's replay is behind, in seconds, once it has answered: 0 when it has replayed all the
   * WAL it received, null when it has replayed no transaction since it started. Rejects when it cannot be reached.
   */
  async replicaLagSeconds(): Promise<number | null> {
    const [row] = (await this.reads.of('replica').query(
      `SELECT CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
         ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END AS lag`,
    )) as Array<{ lag: string | number | null }>;
    return row?.lag === null || row?.lag === undefined ? null : Number(row.lag);
  }
}
