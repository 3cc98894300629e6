import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type DataSourceOptions as TypeOrmOptions } from 'typeorm';
import { allowNamedStatements, namesStatements } from './prepared-statements';

/**
 * Where a read is sent. `primary`: the database every write goes to, so a person reads what they have just written
 * (every staff read). `replica`: the read replica (`DATABASE_READ_URL`) when one is set, else the primary — for the
 * public (no sign-in) reads, which may lag the primary by the replica's replay delay.
 */
export type ReadFrom = 'primary' | 'replica';

/** The read replica cannot be reached now: the public reads answer 503 (retry later), the staff reads go on. */
export class ReadReplicaUnavailableError extends Error {
  constructor(reason: string) {
    super(`the read replica (DATABASE_READ_URL) cannot be reached: ${reason}`);
    this.name = 'ReadReplicaUnavailableError';
  }
}

/** After a failed connection, how long before a public read tries to connect to the replica again. */
const RECONNECT_AFTER_MS = 1000;

/**
 * The connection the public reads are sent to. A second TypeORM DataSource on the replica (not TypeORM's own
 * `replication` option: that sends every find outside a transaction to the replicas, staff reads included, and a
 * member of staff would not see what they have just saved). A DataSource rather than a bare `pg` pool so that a
 * repository reads the replica with the same code, entity metadata included, as it reads the primary: it asks
 * `of(from)` for one or the other. Without `DATABASE_READ_URL` both are the primary.
 *
 * A replica that is down at boot does not stop the process (the staff face works without it); each public read
 * meanwhile fails with ReadReplicaUnavailableError (503) and, at most once a second, tries to connect again.
 */
export class ReadDataSource implements OnApplicationShutdown {
  private readonly logger = new Logger('ReadDataSource');
  private connecting: Promise<void> | null = null;
  private lastFailure: { at: number; reason: string } | null = null;

  private constructor(
    private readonly primary: DataSource,
    private readonly replica: DataSource | null,
  ) {}

  /** Every read on the primary: no replica configured (also the command-line tools and the specs). */
  static primaryOnly(primary: DataSource): ReadDataSource {
    return new ReadDataSource(primary, null);
  }

  /**
   * The replica at `url`, opened with the primary's options and entities but no migrations and no extensions to
   * install (a standby refuses every write). Resolves once the first connection was tried, whatever its outcome.
   */
  static async withReplica(primary: DataSource, url: string): Promise<ReadDataSource> {
    const options = primary.options as TypeOrmOptions & { url?: string; applicationName?: string };
    const replica = new DataSource({
      ...options,
      url,
      migrations: [],
      migrationsRun: false,
      installExtensions: false,
      applicationName: `${options.applicationName ?? 'kyodo'}-reads`,
    } as TypeOrmOptions);
    const reads = new ReadDataSource(primary, replica);
    await reads.connect();
    return reads;
  }

  /** Whether a replica is configured (the readiness probe reports it only then). */
  get hasReplica(): boolean {
    return this.replica !== null;
  }

  /** The data source for a read from `from`; throws ReadReplicaUnavailableError while the replica is unreachable. */
  of(from: ReadFrom): DataSource {
    if (from === 'primary' || !this.replica) return this.primary;
    if (this.replica.isInitialized) return this.replica;
    if (!this.connecting && (!this.lastFailure || Date.now() - this.lastFailure.at >= RECONNECT_AFTER_MS)) {
      void this.connect(); // connect() records its own failure; this read fails now, the next one may succeed
    }
    throw new ReadReplicaUnavailableError(this.lastFailure?.reason ?? 'still connecting');
  }

  private connect(): Promise<void> {
    const replica = this.replica!;
    this.connecting ??= replica
      .initialize()
      // Named statements on the replica as on its primary (same server kind; the first reads run unnamed meanwhile).
      .then(() => allowNamedStatements(replica, namesStatements(this.primary)))
      .then(() => {
        if (this.lastFailure) this.logger.log('the read replica answers again');
        this.lastFailure = null;
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        if (!this.lastFailure)
          this.logger.warn(`the read replica cannot be reached (public reads answer 503): ${reason}`);
        this.lastFailure = { at: Date.now(), reason };
      })
      .finally(() => {
        this.connecting = null;
      });
    return this.connecting;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connecting;
    if (this.replica?.isInitialized) await this.replica.destroy();
  }
}
