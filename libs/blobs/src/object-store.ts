import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@nestjs/common';
import { ObjectStoreUnavailableError } from './blob-errors';

export interface ObjectStoreSettings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/** How long one attempt may take to connect, and to answer; the client tries three times before giving up. */
const CONNECT_TIMEOUT_MS = 3_000;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * An S3-compatible bucket holding files under `blobs/<sha256>`: the same bytes always land on the same key, so a put
 * repeated (a rerun job, two processes at once) writes the same object again. Every failure to reach the store is an
 * ObjectStoreUnavailableError; its cause is logged, never shown.
 */
export class S3ObjectStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly logger = new Logger('ObjectStore');

  constructor(settings: ObjectStoreSettings) {
    this.bucket = settings.bucket;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      maxAttempts: 3,
      // Stores other than AWS (MinIO releases, s3rver) may not know the newer default integrity checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    });
  }

  static key(sha256: string): string {
    return `blobs/${sha256}`;
  }

  async put(sha256: string, data: Buffer): Promise<void> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: S3ObjectStore.key(sha256),
          Body: data,
          ContentLength: data.length,
          ContentType: 'application/octet-stream',
        }),
      );
    } catch (error) {
      throw this.unavailable('put', sha256, error);
    }
  }

  /** The object's bytes as a stream, read from the store as the caller reads; null when the store has no such key. */
  async open(sha256: string): Promise<Readable | null> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: S3ObjectStore.key(sha256) }),
      );
      if (!(answer.Body instanceof Readable)) throw new Error('the object store answered without a body stream');
      return answer.Body;
    } catch (error) {
      if ((error as { name?: string })?.name === 'NoSuchKey') return null;
      throw this.unavailable('get', sha256, error);
    }
  }

  destroy(): void {
    this.client.destroy();
  }

  private unavailable(operation: string, sha256: string, error: unknown): ObjectStoreUnavailableError {
    const cause = error as { name?: string; message?: string; code?: string };
    this.logger.warn(
      { operation, sha256, error: cause?.name ?? cause?.code, message: cause?.message },
      'object store unavailable',
    );
    return new ObjectStoreUnavailableError();
  }
}
