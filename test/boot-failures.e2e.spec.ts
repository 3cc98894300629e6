import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inheritedEnvironment } from '@kyodo/config';
import { DIST } from '@kyodo/testing';

function boot(script: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(DIST, script)], {
      env: { ...inheritedEnvironment(), LOG_LEVEL: 'silent', PORT: '0', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // oxlint-disable-next-line no-restricted-globals -- a deadline: a boot that hangs is killed, not waited on
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr });
    });
  });
}

describe('boot refuses bad configuration with a clear message', () => {
  it.each(['apps/api/src/main.js', 'apps/worker/src/main.js', 'apps/launcher/src/main.js'])(
    '%s stops on a malformed DATABASE_URL, naming it',
    async (script) => {
      const result = await boot(script, { DATABASE_URL: 'mysql://root@localhost/kyodo' });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(
        'DATABASE_URL ("mysql://root@localhost/kyodo"): DATABASE_URL must be a postgres://',
      );
    },
  );

  it('the API stops when DATABASE_URL points nowhere, saying so without the password', async () => {
    const result = await boot('apps/api/src/main.js', {
      DATABASE_URL: 'postgres://kyodo:s3cret@127.0.0.1:1/kyodo',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'cannot connect to the database at DATABASE_URL=postgres://kyodo:***@127.0.0.1:1/kyodo',
    );
    expect(result.stderr).not.toContain('s3cret');
  });

  it.each(['apps/api/src/main.js', 'apps/worker/src/main.js'])(
    '%s stops on a malformed S3 setting, naming it and never the secret',
    async (script) => {
      const result = await boot(script, {
        BLOB_STORE: 's3',
        S3_ENDPOINT: 'minio:9000',
        S3_ACCESS_KEY_ID: 'kyodo',
        S3_SECRET_ACCESS_KEY: 'not shown anywhere',
      });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('S3_ENDPOINT ("minio:9000"): S3_ENDPOINT must be an http(s) URL');
      expect(result.stderr).toContain('S3_SECRET_ACCESS_KEY (***)');
      expect(result.stderr).not.toContain('not shown anywhere');
    },
  );

  it('the API stops on BLOB_STORE=s3 with no bucket or region, saying what is missing', async () => {
    const result = await boot('apps/api/src/main.js', { BLOB_STORE: 's3' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('S3_BUCKET (unset): S3_BUCKET must be set when BLOB_STORE is s3');
    expect(result.stderr).toContain('S3_REGION (unset): S3_REGION must be set when BLOB_STORE is s3');
  });

  it('names every bad variable at once', async () => {
    const result = await boot('apps/api/src/main.js', { PORT: 'http', KYODO_DATA_DIR: '', LOG_LEVEL: 'loud' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT ("http")');
    expect(result.stderr).toContain('KYODO_DATA_DIR');
    expect(result.stderr).toContain('LOG_LEVEL ("loud")');
  });
});
