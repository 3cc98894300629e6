import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable, type OnModuleDestroy, Optional } from '@nestjs/common';
import type { BlobLocation } from './blob.entity';
import { BlobRepository } from './blob.repository';
import { ObjectStoreUnavailableError } from './blob-errors';
import type { S3ObjectStore } from './object-store';

/** A chunk: small enough that a download holds little, large enough that a file is a few rows. */
export const BLOB_CHUNK_BYTES = 256 * 1024;
/** Far above any attachment (ATTACHMENT_MAX_BYTES) or report; a bigger one is a mistake, not a file to keep. */
export const BLOB_MAX_BYTES = 64 * 1024 * 1024;

export interface StoredBlob {
  sha256: string;
  byteSize: number;
}

export class BlobTooLargeError extends Error {
  constructor(byteSize: number) {
    super(`a blob of ${byteSize} bytes is over the limit of ${BLOB_MAX_BYTES}`);
  }
}

/** Where new blobs go (BLOB_STORE), and the object store when S3 settings are given. */
export interface BlobStoreOptions {
  writeTo: BlobLocation;
  objects: S3ObjectStore | null;
}

export const BLOB_STORE_OPTIONS = Symbol('BLOB_STORE_OPTIONS');

/**
 * Files content-addressed by their sha256, so that every API and worker process reaches every file: no shared disk
 * between machines. The `blobs` table in PostgreSQL always holds the file's row; its bytes are in `blob_chunks`
 * (BLOB_STORE=postgres) or in an S3-compatible object store (BLOB_STORE=s3). A file is read from where it was
 * written. Reads stream chunk by chunk, or as the object store sends.
 */
@Injectable()
export class BlobStore implements OnModuleDestroy {
  private readonly writeTo: BlobLocation;
  private readonly objects: S3ObjectStore | null;

  constructor(
    private readonly blobs: BlobRepository,
    @Optional() @Inject(BLOB_STORE_OPTIONS) options?: BlobStoreOptions,
  ) {
    this.writeTo = options?.writeTo ?? 'postgres';
    this.objects = options?.objects ?? null;
    if (this.writeTo === 's3' && !this.objects) throw new Error('BLOB_STORE=s3 needs the object store settings');
  }

  onModuleDestroy(): void {
    this.objects?.destroy();
  }

  /**
   * Stores the bytes once. In the object store the object is written first and its row after: when the store
   * cannot be reached, ObjectStoreUnavailableError and nothing in the database.
   */
  async put(data: Buffer): Promise<StoredBlob> {
    if (data.length > BLOB_MAX_BYTES) throw new BlobTooLargeError(data.length);
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (this.writeTo === 's3') {
      if (!(await this.blobs.find(sha256))) {
        await this.objects!.put(sha256, data);
        await this.blobs.insertObjectIfAbsent(sha256, data.length);
      }
      return { sha256, byteSize: data.length };
    }
    const chunks: Buffer[] = [];
    for (let at = 0; at < data.length || chunks.length === 0; at += BLOB_CHUNK_BYTES) {
      chunks.push(data.subarray(at, at + BLOB_CHUNK_BYTES));
    }
    await this.blobs.insertIfAbsent(sha256, chunks, data.length);
    return { sha256, byteSize: data.length };
  }

  /** The blob's bytes as a stream, or null when no blob has this sha256. */
  async open(sha256: string): Promise<Readable | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const blob = await this.blobs.find(sha256);
    if (!blob) return null;
    if (blob.location === 's3') {
      // Written to an object store this process has no settings for: it cannot serve the file.
      if (!this.objects) throw new ObjectStoreUnavailableError();
      const stream = await this.objects.open(sha256);
      if (!stream) throw new Error(`blob ${sha256} is missing from the object store`);
      return stream;
    }
    const blobs = this.blobs;
    async function* chunks() {
      for (let seq = 0; seq < blob!.chunkCount; seq++) {
        const data = await blobs.chunk(sha256, seq);
        if (!data) throw new Error(`blob ${sha256} lacks chunk ${seq}`);
        yield data;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }
}
