import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import { ConfigError, describe } from './config-error';
import { CONFIG_DEFAULTS } from './defaults';
import { objectStoreProblems } from './object-store-settings';

/** Settings without a default: read from the environment when set. */
const OPTIONAL_KEYS = [
  'SMTP_URL',
  'DATABASE_URL',
  'DATABASE_READ_URL',
  'REDIS_URL',
  'KYODO_JWT_SECRET',
  'KYODO_ADMIN_EMAIL',
  'KYODO_ADMIN_PASSWORD',
  'PUBLIC_BASE_URL',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
] as const;

/** Builds and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const raw: Record<string, string | undefined> = { ...CONFIG_DEFAULTS };
  for (const key of [...Object.keys(CONFIG_DEFAULTS), ...OPTIONAL_KEYS]) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  // A fixed default would send every e-mail link to port 3000 whatever port the API was given.
  if (raw.PUBLIC_BASE_URL === undefined || raw.PUBLIC_BASE_URL.trim() === '') {
    raw.PUBLIC_BASE_URL = `http://localhost:${raw.PORT}`;
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(describe(errors));
  // Node refuses a server whose headers may take longer than the whole request.
  if (config.HTTP_HEADERS_TIMEOUT_MS > config.HTTP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError(['HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS']);
  }
  // The embedded database has no replicas: a replica URL beside it would be a replica of some other database.
  if (config.DATABASE_READ_URL && !config.DATABASE_URL) {
    throw new ConfigError([
      'DATABASE_READ_URL needs DATABASE_URL: a read replica is a replica of a PostgreSQL server, not of the embedded database',
    ]);
  }
  const objectStore = objectStoreProblems(config);
  if (objectStore.length > 0) throw new ConfigError(objectStore);
  return config;
}
