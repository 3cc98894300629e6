import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { BlobStore } from '@kyodo/blobs';

/**
 * The bytes of attachments and call documents, content-addressed (the same bytes are stored once) in the blob store
 * in PostgreSQL, which every API process reaches. Files an earlier version kept under `<dataDir>/attachments` are
 * still read from there when the database has no copy.
 */
@Injectable()
export class AttachmentStore {
  private readonly legacyRoot: string;

  constructor(
    private readonly blobs: BlobStore,
    config: AppConfig,
  ) {
    this.legacyRoot = join(config.KYODO_DATA_DIR, 'attachments');
  }

  /** Stores the bytes; answers their sha256. */
  async put(data: Buffer): Promise<string> {
    return (await this.blobs.put(data)).sha256;
  }

  async open(sha256: string): Promise<Readable> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a checksum');
    const stored = await this.blobs.open(sha256);
    if (stored) return stored;
    const legacy = join(this.legacyRoot, sha256.slice(0, 2), sha256);
    if (existsSync(legacy)) return createReadStream(legacy);
    throw new Error(`no stored file ${sha256}`);
  }
}
