import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@kyodo/persistence';
import { createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { BLOB_CHUNK_BYTES, BLOB_MAX_BYTES, BlobStore, BlobTooLargeError } from './blob-store';
import { BlobRepository } from './blob.repository';
import { BLOBS_ENTITIES } from './blobs.module';

const read = async (stream: Readable) => {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
};

describe(`files in the database on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let store: BlobStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 4, entities: [...BLOBS_ENTITIES] });
    await dataSource.initialize();
    await migrate(dataSource);
    store = new BlobStore(new BlobRepository(dataSource));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('gives back the same bytes, chunk by chunk, for files of no, one and several chunks', async () => {
    for (const size of [0, 1, BLOB_CHUNK_BYTES, BLOB_CHUNK_BYTES * 2 + 17]) {
      const data = randomBytes(size);
      const stored = await store.put(data);
      expect(stored).toEqual({ sha256: createHash('sha256').update(data).digest('hex'), byteSize: size });
      expect((await read((await store.open(stored.sha256))!)).equals(data)).toBe(true);
    }
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM blob_chunks WHERE sha256 = (SELECT sha256 FROM blobs WHERE byte_size = $1)`,
      [BLOB_CHUNK_BYTES * 2 + 17],
    );
    expect(count).toBe(3);
  });

  it('keeps the same bytes once, also when two processes store them at the same moment', async () => {
    const data = randomBytes(BLOB_CHUNK_BYTES + 5);
    const answers = await Promise.all(Array.from({ length: 5 }, () => store.put(data)));
    expect(new Set(answers.map((a) => a.sha256)).size).toBe(1);
    const [{ rows, chunks }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM blobs WHERE sha256 = $1) AS rows,
              (SELECT count(*)::int FROM blob_chunks WHERE sha256 = $1) AS chunks`,
      [answers[0]!.sha256],
    );
    expect({ rows, chunks }).toEqual({ rows: 1, chunks: 2 });
  });

  it('answers null for an unknown or malformed checksum, and refuses a file over the limit', async () => {
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.open('../../etc/passwd')).toBeNull();
    await expect(store.put(Buffer.alloc(BLOB_MAX_BYTES + 1))).rejects.toBeInstanceOf(BlobTooLargeError);
  });
});
