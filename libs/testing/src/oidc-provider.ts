import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { inheritedEnvironment } from '@kyodo/config';
import { freePort } from './free-port';
import { ROOT } from './system';

/** The claims an account of the test provider gives about its person (`sub` is the account's id). */
export interface TestOidcAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface TestOidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts a real OpenID provider (the `oidc-provider` package, libs/testing/scripts/oidc-test-provider.mjs) on a free
 * loopback port, in a process of its own. Its sign-in page is the package's development one: the login is the
 * account's id (a key of `accounts`), any password; consent is given without a page.
 */
export async function startOidcProvider(
  clients: TestOidcClient[],
  accounts: Record<string, TestOidcAccount>,
): Promise<TestOidcProvider> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'libs/testing/scripts/oidc-test-provider.mjs')], {
    env: { ...inheritedEnvironment(), OIDC_TEST_PROVIDER: JSON.stringify({ port, clients, accounts }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((ready, failed) => {
    const timer = setTimeout(() => failed(new Error(`the test OpenID provider did not start:\n${log}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('oidc-test-provider ready')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`the test OpenID provider exited ${code}:\n${log}`));
    });
  });
  return {
    issuer: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    },
  };
}
