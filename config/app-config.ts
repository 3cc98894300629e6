import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { IsTrustProxy, parseTrustProxy, type TrustProxy } from './trust-proxy';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * The only place that reads the environment. Every process validates it at
 * boot and stops with a message naming each bad variable.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer between 0 and 65535' })
  @Min(0)
  @Max(65535)
  PORT: number;

  @IsString()
  HOST: string;

  @IsString()
  @MinLength(1)
  KYODO_DATA_DIR: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string;

  /** Unset: the embedded PGlite database under KYODO_DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_URL?: string;

  /**
   * A read replica of DATABASE_URL (a PostgreSQL streaming standby) for the public, no-sign-in reads, which may lag
   * it by the replay delay. Unset: every read from DATABASE_URL. The staff's reads and every write stay on the primary.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'DATABASE_READ_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_READ_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be an integer between 2 and 200' })
  @Min(2)
  @Max(200)
  DATABASE_POOL_SIZE: number;

  /** How long a request waits for a database connection before it is answered 503 (fail fast, never hang). */
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_WAIT_MS must be an integer between 100 and 60000' })
  @Min(100)
  @Max(60_000)
  DATABASE_WAIT_MS: number;

  /**
   * Named (server-side prepared) statements on the hot read paths. Turn off behind a connection pooler in transaction
   * mode that cannot keep them (PgBouncer before 1.21, or without `max_prepared_statements`). PGlite never uses them.
   */
  @IsIn(['true', 'false'], { message: 'DATABASE_PREPARED_STATEMENTS must be true or false' })
  DATABASE_PREPARED_STATEMENTS: 'true' | 'false';

  /**
   * How long a signed-in person's grants are reused across requests (0: read on every request). Within a process
   * any write request empties the cache; across API processes a change is seen within this time (docs/accounts.md).
   */
  @Transform(toInt)
  @IsInt({ message: 'ACTOR_CACHE_MS must be an integer between 0 and 10000' })
  @Min(0)
  @Max(10_000)
  ACTOR_CACHE_MS: number;

  /** Unset: the launcher starts a private redis-server under KYODO_DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Secret for signing access tokens; generated and kept under KYODO_DATA_DIR when unset. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(32, { message: 'KYODO_JWT_SECRET must be at least 32 characters' })
  KYODO_JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS: number;

  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(31_536_000)
  REFRESH_TOKEN_TTL_SECONDS: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_WINDOW_SECONDS: number;

  /**
   * Per client address on the anonymous routes, counted in Redis so that
   * every API process shares the count: login and refresh together, and the
   * public reads (open data included), each so many per window. When Redis
   * is away the limits are not enforced: a request never waits on Redis.
   */
  /**
   * What this API process serves. `all`: everything (the staff face, e.g. on the municipality's internal network).
   * `public`: the public portal's reads, open data and health only — no sign-in, no staff route mounted (404) — for
   * the internet side, against a read replica or a read-only database role (docs/deployment.md, two zones).
   */
  @IsIn(['all', 'public'], { message: 'API_FACE must be all or public' })
  API_FACE: 'all' | 'public';

  /**
   * Whether the platform operator must sign in with a second factor (TOTP). On by default: the operator creates
   * municipalities and their administrators. Test harnesses that sign in as the operator by API turn it off.
   */
  @IsIn(['true', 'false'], { message: 'OPERATOR_MFA_REQUIRED must be true or false' })
  OPERATOR_MFA_REQUIRED: 'true' | 'false';

  @IsIn(['true', 'false'], { message: 'RATE_LIMIT_ENABLED must be true or false' })
  RATE_LIMIT_ENABLED: 'true' | 'false';

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_WINDOW_SECONDS must be an integer between 1 and 86400' })
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_WINDOW_SECONDS: number;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_AUTH_MAX must be an integer between 1 and 1000000' })
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_AUTH_MAX: number;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_PUBLIC_MAX must be an integer between 1 and 1000000' })
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PUBLIC_MAX: number;

  /**
   * Which proxies may name the client in X-Forwarded-For: `false` (none: the
   * connection's address is the client's), `true` (any, only when nothing
   * else can reach the API), a hop count, or a comma list of addresses/CIDRs.
   */
  @IsTrustProxy({
    message:
      'TRUST_PROXY must be true, false, a hop count from 1 to 10, or a comma list of IP addresses or CIDR ranges',
  })
  TRUST_PROXY: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(104_857_600)
  BODY_LIMIT_BYTES: number;

  /** Largest proposal attachment (PDF, images, Word, Excel). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(104_857_600)
  ATTACHMENT_MAX_BYTES: number;

  /**
   * The longest a request may take to arrive, headers and body: a client
   * sending a byte a second cannot hold a socket for longer. A 10 MB
   * attachment needs about 1.4 Mbit/s to arrive in the default 60 s.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_REQUEST_TIMEOUT_MS: number;

  /** The longest a request's headers may take to arrive (at most HTTP_REQUEST_TIMEOUT_MS). */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(600_000)
  HTTP_HEADERS_TIMEOUT_MS: number;

  /** How long an idle keep-alive connection stays open; behind a load balancer, longer than its idle timeout. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS: number;

  /** The OpenAPI docs UI at /api/docs; `false` switches it off (the document at /api/openapi.json stays). */
  @IsIn(['true', 'false'], { message: 'API_DOCS_UI must be true or false' })
  API_DOCS_UI: 'true' | 'false';

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_RELAY_INTERVAL_MS: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  OUTBOX_RELAY_BATCH_SIZE: number;

  /** Comma-separated origins allowed by CORS; empty means same-origin only. */
  @IsString()
  CORS_ORIGINS: string;

  /** Redis key prefix of every queue; lets deployments or test runs share one Redis. */
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'KYODO_QUEUE_PREFIX must be 1–40 characters of a–z, 0–9, _ and -' })
  KYODO_QUEUE_PREFIX: string;

  /**
   * How long a worker owns an e-mail it is sending; a worker that dies
   * mid-send blocks a resend for at most this long. Longer than any SMTP send
   * can take (the transport's own timeouts end a send within 40 s).
   */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(3600)
  EMAIL_SEND_LEASE_SECONDS: number;

  /**
   * BullMQ job lock: a job whose worker died is noticed as stalled and run
   * again after about this long (the lock is renewed at half this interval).
   */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(600)
  QUEUE_LOCK_SECONDS: number;

  /**
   * A session's live stream checks again this often that its caller may
   * still watch it (signed in, token unexpired, still allowed to read the session);
   * refused, the stream ends and the client must come back through the door.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(900)
  LIVE_RECHECK_SECONDS: number;

  /** Unset: each e-mail is written as an .eml file under KYODO_DATA_DIR/mail and nothing leaves the machine. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM: string;

  /** The built web app (index.html and assets/) the API serves at `/`; unset: `dist/web` beside the built API. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  KYODO_WEB_DIR?: string;

  /** Where people open Kyodo; links in e-mails point here. Unset: `http://localhost:<PORT>`, the port the API serves. */
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'PUBLIC_BASE_URL must be an http(s) URL' })
  PUBLIC_BASE_URL: string;

  /**
   * Where new files (attachments, call documents, built reports) are written: `postgres` (the database every process
   * already reaches) or `s3` (an S3-compatible object store, the S3_* settings). A file is always read from where it
   * was written, so switching keeps the earlier files readable.
   */
  @IsIn(['postgres', 's3'], { message: 'BLOB_STORE must be postgres or s3' })
  BLOB_STORE: 'postgres' | 's3';

  /** Unset: AWS S3 itself (from S3_REGION). Set for MinIO or another S3-compatible store. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'S3_REGION must be a region name such as ap-northeast-1' })
  S3_REGION?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET must be a bucket name: 3–63 characters of a–z, 0–9, . and -',
  })
  S3_BUCKET?: string;

  /** With S3_SECRET_ACCESS_KEY; both unset: the AWS SDK's default credentials (e.g. the machine's IAM role). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\S{1,128}$/, { message: 'S3_ACCESS_KEY_ID must be 1–128 characters without spaces' })
  S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\S{1,256}$/, { message: 'S3_SECRET_ACCESS_KEY must be 1–256 characters without spaces' })
  S3_SECRET_ACCESS_KEY?: string;

  /** `true`: https://endpoint/bucket/key (MinIO and most self-hosted stores); `false`: https://bucket.endpoint/key. */
  @IsIn(['true', 'false'], { message: 'S3_FORCE_PATH_STYLE must be true or false' })
  S3_FORCE_PATH_STYLE: 'true' | 'false';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'KYODO_ADMIN_EMAIL must be an e-mail address' })
  KYODO_ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(12, { message: 'KYODO_ADMIN_PASSWORD must be at least 12 characters' })
  KYODO_ADMIN_PASSWORD?: string;

  get trustProxy(): TrustProxy {
    return parseTrustProxy(this.TRUST_PROXY);
  }

  get databasePreparedStatements(): boolean {
    return this.DATABASE_PREPARED_STATEMENTS === 'true';
  }

  get operatorMfaRequired(): boolean {
    return this.OPERATOR_MFA_REQUIRED === 'true';
  }

  get rateLimitEnabled(): boolean {
    return this.RATE_LIMIT_ENABLED === 'true';
  }

  get s3ForcePathStyle(): boolean {
    return this.S3_FORCE_PATH_STYLE === 'true';
  }

  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
  }
}
