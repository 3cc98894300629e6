import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { BlobRepository } from './blob.repository';

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

/**
 * Files kept in PostgreSQL, content-addressed by their sha256 and split into chunks, so that every API and worker
 * process reaches every file through the database it already has: no shared disk between machines. Reads stream
 * chunk by chunk.
 */
@Injectable()
export class BlobStore {
  constructor(private readonly blobs: BlobRepository) {}

  async put(data: Buffer): Promise<StoredBlob> {
    if (data.length > BLOB_MAX_BYTES) throw new BlobTooLargeError(data.length);
    const sha256 = createHash('sha256').update(data).digest('hex');
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
