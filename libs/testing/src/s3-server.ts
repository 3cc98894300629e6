import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { freePort } from './free-port';

export interface TestS3Server {
  /** The settings that point Kyodo at this server (BLOB_STORE=s3 and every S3_* setting). */
  env: Record<string, string>;
  endpoint: string;
  bucket: string;
  /** Stops answering: the port is closed and every open connection cut. The stored objects stay on disk. */
  stop(): Promise<void>;
  /** Answers again on the same port, with the objects it held. */
  start(): Promise<void>;
  /** Stops it and removes what it stored. */
  dispose(): Promise<void>;
}

const BUCKET = 'kyodo-test';
/** s3rver's fixed credentials: it accepts these and checks the request signatures made with them. */
const ACCESS_KEY = 'S3RVER';

/**
 * A real S3-compatible server (s3rver) on a loopback port, in this process, keeping objects in a temporary
 * directory. `stop()` and `start()` take the store away and bring it back on the same port.
 */
export async function startS3Server(): Promise<TestS3Server> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'kyodo-s3-'));
  let running: S3rver | null = null;
  const start = async () => {
    if (running) return;
    const server = new S3rver({
      address: '127.0.0.1',
      port,
      silent: true,
      directory,
      resetOnClose: false,
      configureBuckets: [{ name: BUCKET }],
    });
    await server.run();
    running = server;
  };
  const stop = async () => {
    const server = running;
    running = null;
    if (!server) return;
    const closed = server.close();
    server.httpServer?.closeAllConnections();
    await closed;
  };
  await start();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket: BUCKET,
    env: {
      BLOB_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: ACCESS_KEY,
      S3_FORCE_PATH_STYLE: 'true',
    },
    stop,
    start,
    dispose: async () => {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
