import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@kyodo/persistence';
import { createTestDatabase, startS3Server, TEST_DB, type TestDatabase, type TestS3Server } from '@kyodo/testing';
import { BLOB_CHUNK_BYTES, BLOB_MAX_BYTES, BlobStore, BlobTooLargeError } from './blob-store';
import { BlobRepository } from './blob.repository';
import { BLOBS_ENTITIES } from './blobs.module';
import { ObjectStoreUnavailableError } from './blob-errors';
import { S3ObjectStore } from './object-store';

const read = async (stream: Readable) => {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
};
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe(`files in an S3-compatible object store (s3rver) on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let s3: TestS3Server;
  let objects: S3ObjectStore;
  let store: BlobStore;
  let inDatabase: BlobStore;

  const rows = async (hash: string) => {
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM blobs WHERE sha256 = $1) AS rows,
              (SELECT count(*)::int FROM blob_chunks WHERE sha256 = $1) AS chunks,
              (SELECT location FROM blobs WHERE sha256 = $1) AS location`,
      [hash],
    );
    return counts as { rows: number; chunks: number; location: string | null };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 4, entities: [...BLOBS_ENTITIES] });
    await dataSource.initialize();
    await migrate(dataSource);
    s3 = await startS3Server();
    objects = new S3ObjectStore({
      endpoint: s3.endpoint,
      region: s3.env.S3_REGION!,
      bucket: s3.bucket,
      accessKeyId: s3.env.S3_ACCESS_KEY_ID,
      secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: true,
    });
    store = new BlobStore(new BlobRepository(dataSource), { writeTo: 's3', objects });
    inDatabase = new BlobStore(new BlobRepository(dataSource), { writeTo: 'postgres', objects });
  });

  afterAll(async () => {
    objects?.destroy();
    await s3?.dispose();
    await dataSource?.destroy();
    await db?.drop();
  });

  it('keeps the bytes in the bucket under their sha256 and only the row in the database', async () => {
    for (const size of [0, 1, BLOB_CHUNK_BYTES * 2 + 17]) {
      const data = randomBytes(size);
      const stored = await store.put(data);
      expect(stored).toEqual({ sha256: sha256(data), byteSize: size });
      expect(await rows(stored.sha256)).toEqual({ rows: 1, chunks: 0, location: 's3' });
      expect((await read((await store.open(stored.sha256))!)).equals(data)).toBe(true);
      // Straight from the bucket, by its key: the object is the file.
      expect((await read((await objects.open(stored.sha256))!)).equals(data)).toBe(true);
    }
  });

  it('writes the same bytes once however often and by however many at once', async () => {
    const data = randomBytes(BLOB_CHUNK_BYTES + 5);
    const answers = await Promise.all(Array.from({ length: 5 }, () => store.put(data)));
    expect(new Set(answers.map((a) => a.sha256))).toEqual(new Set([sha256(data)]));
    expect(await rows(sha256(data))).toEqual({ rows: 1, chunks: 0, location: 's3' });
  });

  it('reads each file from where it was written, whichever store now takes new ones', async () => {
    const old = randomBytes(300);
    await inDatabase.put(old);
    expect(await rows(sha256(old))).toEqual({ rows: 1, chunks: 1, location: 'postgres' });
    expect((await read((await store.open(sha256(old)))!)).equals(old)).toBe(true);
    const fresh = randomBytes(300);
    await store.put(fresh);
    expect((await read((await inDatabase.open(sha256(fresh)))!)).equals(fresh)).toBe(true);
    // A file already kept in the database is not copied to the bucket.
    await store.put(old);
    expect(await rows(sha256(old))).toEqual({ rows: 1, chunks: 1, location: 'postgres' });
    expect(await objects.open(sha256(old))).toBeNull();
  });

  it('refuses a file over the limit and answers null for an unknown checksum', async () => {
    await expect(store.put(Buffer.alloc(BLOB_MAX_BYTES + 1))).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await store.open('0'.repeat(64))).toBeNull();
  });

  it('is unavailable while the store is away, writing nothing to the database, and serves again once it is back', async () => {
    const before = randomBytes(1000);
    await store.put(before);
    await s3.stop();
    try {
      const during = randomBytes(1000);
      await expect(store.put(during)).rejects.toBeInstanceOf(ObjectStoreUnavailableError);
      expect(await rows(sha256(during))).toEqual({ rows: 0, chunks: 0, location: null });
      await expect(store.open(sha256(before))).rejects.toBeInstanceOf(ObjectStoreUnavailableError);
    } finally {
      await s3.start();
    }
    expect((await read((await store.open(sha256(before)))!)).equals(before)).toBe(true);
    const after = randomBytes(1000);
    await store.put(after);
    expect((await read((await store.open(sha256(after)))!)).equals(after)).toBe(true);
  });

  it('says so in Japanese and English, as a 503 to retry', () => {
    const error = new ObjectStoreUnavailableError();
    expect(error).toMatchObject({ code: 'object_store_unavailable', kind: 'unavailable' });
    expect(error.text.ja).toContain('ファイルの保存先に接続できません');
    expect(error.text.en).toContain('file store cannot be reached');
    expect(error.extensions).toEqual({ retryAfterSeconds: 5 });
  });

  it('cannot serve a file kept in the object store without its settings', async () => {
    const data = randomBytes(50);
    await store.put(data);
    const withoutSettings = new BlobStore(new BlobRepository(dataSource));
    await expect(withoutSettings.open(sha256(data))).rejects.toBeInstanceOf(ObjectStoreUnavailableError);
  });
});
