import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Runs the migrations once, before the API and the worker start, in a short-lived process (migrate-child.ts) given `env`. */
export async function migrateOnce(env: NodeJS.ProcessEnv): Promise<string[]> {
  const child = spawn(process.execPath, [resolve(__dirname, 'migrate-child.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', (exitCode) => done(exitCode)));
  if (code !== 0) throw new Error(err.trim() || `migrations stopped (exit ${code})`);
  return (JSON.parse(out) as { applied: string[] }).applied;
}
