import { createServer, type AddressInfo } from 'node:net';
import { createDataSource } from './data-source';
import { ReadDataSource, ReadReplicaUnavailableError } from './read-data-source';

/** A loopback port that refuses connections: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('the read data source', () => {
  const primary = createDataSource({ url: 'postgres://kyodo@127.0.0.1:1/kyodo', poolSize: 2 });

  it('sends every read to the primary when no replica is set', () => {
    const reads = ReadDataSource.primaryOnly(primary);
    expect(reads.hasReplica).toBe(false);
    expect(reads.of('primary')).toBe(primary);
    expect(reads.of('replica')).toBe(primary);
  });

  it('starts without a replica that is down, keeps the primary, and fails only the replica reads, as unavailable', async () => {
    const reads = await ReadDataSource.withReplica(primary, `postgres://kyodo@127.0.0.1:${await closedPort()}/kyodo`);
    expect(reads.hasReplica).toBe(true);
    expect(reads.of('primary')).toBe(primary);
    expect(() => reads.of('replica')).toThrow(ReadReplicaUnavailableError);
    expect(() => reads.of('replica')).toThrow(/DATABASE_READ_URL cannot be reached: .*ECONNREFUSED|connect/);
    await reads.onApplicationShutdown();
  });
});
