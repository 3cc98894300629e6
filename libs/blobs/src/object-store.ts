import { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
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
  private readonly clientSettings: S3ClientConfig;
  private client: S3Client | null = null;
  private readonly bucket: string;
  private readonly logger = new Logger('ObjectStore');

  constructor(settings: ObjectStoreSettings) {
    this.bucket = settings.bucket;
    this.clientSettings = {
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
    };
  }

  /**
   * The AWS SDK is loaded on the first put or open, not with the module: it holds about 30 MB in every process, and
   * the embedded default (no bucket configured) never reaches a store.
   */
  private async sdk() {
    const sdk = await import('@aws-sdk/client-s3');
    this.client ??= new sdk.S3Client(this.clientSettings);
    return { client: this.client, sdk };
  }

  static key(sha256: string): string {
    return `blobs/${sha256}`;
  }

  async put(sha256: string, data: Buffer): Promise<void> {
    try {
      const { client, sdk } = await this.sdk();
      await client.send(
        new sdk.PutObjectCommand({
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
      const { client, sdk } = await this.sdk();
      const answer = await client.send(
        new sdk.GetObjectCommand({ Bucket: this.bucket, Key: S3ObjectStore.key(sha256) }),
      );
      if (!(answer.Body instanceof Readable)) throw new Error('the object store answered without a body stream');
      return answer.Body;
    } catch (error) {
      if ((error as { name?: string })?.name === 'NoSuchKey') return null;
      throw this.unavailable('get', sha256, error);
    }
  }

  destroy(): void {
    this.client?.destroy();
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
