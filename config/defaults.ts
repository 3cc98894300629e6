/**
 * Defaults for every setting. Environment variables override them; the
 * result is validated by `AppConfig` before anything else starts.
 */
export const CONFIG_DEFAULTS = {
  NODE_ENV: 'development',
  PORT: '3000',
  HOST: '0.0.0.0',
  KYODO_DATA_DIR: './data',
  LOG_LEVEL: 'info',
  DATABASE_POOL_SIZE: '10',
  DATABASE_WAIT_MS: '1500',
  ACCESS_TOKEN_TTL_SECONDS: '900',
  REFRESH_TOKEN_TTL_SECONDS: '1209600',
  LOGIN_MAX_FAILURES: '5',
  LOGIN_WINDOW_SECONDS: '900',
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_WINDOW_SECONDS: '60',
  RATE_LIMIT_AUTH_MAX: '60',
  RATE_LIMIT_PUBLIC_MAX: '300',
  TRUST_PROXY: 'false',
  BODY_LIMIT_BYTES: '1048576',
  ATTACHMENT_MAX_BYTES: '10485760',
  OUTBOX_RELAY_INTERVAL_MS: '200',
  OUTBOX_RELAY_BATCH_SIZE: '500',
  CORS_ORIGINS: '',
  KYODO_QUEUE_PREFIX: 'kyodo',
  EMAIL_SEND_LEASE_SECONDS: '60',
  QUEUE_LOCK_SECONDS: '30',
  LIVE_RECHECK_SECONDS: '30',
  MAIL_FROM: 'Kyodo <no-reply@kyodo.localhost>',
  PUBLIC_BASE_URL: 'http://localhost:3000',
} as const;
