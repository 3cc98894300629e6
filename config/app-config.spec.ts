import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

describe('configuration', () => {
  it('fills defaults: port 3000, data under ./data, embedded database and launched Redis', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.KYODO_DATA_DIR).toBe('./data');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('takes environment values over defaults', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/kyodo',
      CORS_ORIGINS: 'https://a.jp, https://b.jp',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgres://u@db:5432/kyodo');
    expect(config.corsOrigins).toEqual(['https://a.jp', 'https://b.jp']);
  });

  it('points e-mail links at the port the API serves unless PUBLIC_BASE_URL says otherwise', () => {
    expect(loadConfig({}).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '8080', PUBLIC_BASE_URL: '' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '8080', PUBLIC_BASE_URL: 'https://kyodo.city.example.jp' }).PUBLIC_BASE_URL).toBe(
      'https://kyodo.city.example.jp',
    );
  });

  it('names every bad variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT ("eighty"): PORT must be an integer between 0 and 65535');
    expect(message).toContain(
      'DATABASE_URL ("mysql://x"): DATABASE_URL must be a postgres:// or postgresql:// connection URL',
    );
    expect(message).toContain('REDIS_URL');
  });

  it('takes a read replica beside a PostgreSQL server only', () => {
    expect(loadConfig({}).DATABASE_READ_URL).toBeUndefined();
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@primary:5432/kyodo',
      DATABASE_READ_URL: 'postgresql://reader@replica:5432/kyodo',
    });
    expect(config.DATABASE_READ_URL).toBe('postgresql://reader@replica:5432/kyodo');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@primary/kyodo', DATABASE_READ_URL: '' }).DATABASE_READ_URL).toBe(
      undefined,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@primary/kyodo', DATABASE_READ_URL: 'replica:5432' })).toThrow(
      'DATABASE_READ_URL must be a postgres:// or postgresql:// connection URL',
    );
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://reader@replica:5432/kyodo' })).toThrow(
      'DATABASE_READ_URL needs DATABASE_URL',
    );
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://reader@replica:5432/kyodo' })).toThrow(ConfigError);
  });

  it('refuses headers that may take longer than the whole request', () => {
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '6000' })).toThrow(
      'HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS',
    );
    expect(() => loadConfig({ API_DOCS_UI: 'off' })).toThrow('API_DOCS_UI must be true or false');
  });
});

describe('rate limits and the client address', () => {
  it('limits the anonymous routes by default and trusts no proxy', () => {
    const config = loadConfig({});
    expect(config.rateLimitEnabled).toBe(true);
    expect(config.RATE_LIMIT_WINDOW_SECONDS).toBe(60);
    expect(config.RATE_LIMIT_AUTH_MAX).toBe(60);
    expect(config.RATE_LIMIT_PUBLIC_MAX).toBe(300);
    expect(config.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toBe(false);
  });

  it('takes TRUST_PROXY as true, a hop count, or a list of addresses and ranges', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    const hops = loadConfig({ TRUST_PROXY: '2' }).trustProxy as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => hops('10.0.0.1', hop))).toEqual([true, true, false]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.7,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.0.2.7',
      'fd00::/8',
      'loopback',
    ]);
    expect(loadConfig({ RATE_LIMIT_ENABLED: 'false' }).rateLimitEnabled).toBe(false);
  });

  it('names a bad TRUST_PROXY or limit', () => {
    for (const bad of ['yes', '0', '10.0.0.0/33', 'proxy.example.jp', '10.0.0.1,,10.0.0.2']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY .*must be true, false, a hop count/);
    }
    expect(() => loadConfig({ RATE_LIMIT_AUTH_MAX: '0' })).toThrow(/RATE_LIMIT_AUTH_MAX/);
    expect(() => loadConfig({ RATE_LIMIT_ENABLED: 'on' })).toThrow(/RATE_LIMIT_ENABLED must be true or false/);
  });
});

describe('where files are stored', () => {
  const s3 = {
    BLOB_STORE: 's3',
    S3_REGION: 'ap-northeast-1',
    S3_BUCKET: 'kyodo-files',
    S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    S3_SECRET_ACCESS_KEY: 'secret-key-never-shown',
  };

  it('keeps files in PostgreSQL unless BLOB_STORE says s3', () => {
    expect(loadConfig({}).BLOB_STORE).toBe('postgres');
    const config = loadConfig({ ...s3, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true' });
    expect(config.BLOB_STORE).toBe('s3');
    expect(config.S3_ENDPOINT).toBe('http://minio:9000');
    expect(config.s3ForcePathStyle).toBe(true);
    expect(loadConfig(s3).s3ForcePathStyle).toBe(false);
  });

  it('stops on a store it does not know, or on S3 without its bucket and region', () => {
    expect(() => loadConfig({ BLOB_STORE: 'disk' })).toThrow('BLOB_STORE ("disk"): BLOB_STORE must be postgres or s3');
    let error: unknown;
    try {
      loadConfig({ BLOB_STORE: 's3' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'S3_BUCKET (unset): S3_BUCKET must be set when BLOB_STORE is s3',
      'S3_REGION (unset): S3_REGION must be set when BLOB_STORE is s3',
    ]);
  });

  it('wants both access keys or neither, and never repeats the secret in its message', () => {
    expect(() => loadConfig({ ...s3, S3_SECRET_ACCESS_KEY: '' })).toThrow(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together',
    );
    expect(loadConfig({ ...s3, S3_ACCESS_KEY_ID: '', S3_SECRET_ACCESS_KEY: '' }).S3_ACCESS_KEY_ID).toBeUndefined();
    let message = '';
    try {
      loadConfig({ ...s3, S3_SECRET_ACCESS_KEY: 'has a space', S3_ENDPOINT: 'ftp://x', S3_BUCKET: 'Bad_Bucket' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('S3_SECRET_ACCESS_KEY (***)');
    expect(message).not.toContain('has a space');
    expect(message).toContain('S3_ENDPOINT ("ftp://x"): S3_ENDPOINT must be an http(s) URL');
    expect(message).toContain('S3_BUCKET ("Bad_Bucket")');
  });
});
