import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';

/**
 * Content-addressed files under `<dataDir>/attachments`, outside anything
 * served. The same bytes are stored once; a write is atomic (temp + rename).
 */
@Injectable()
export class AttachmentStore {
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = join(config.KYODO_DATA_DIR, 'attachments');
  }

  put(data: Buffer): string {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const dir = join(this.root, sha256.slice(0, 2));
    const path = join(dir, sha256);
    if (!existsSync(path)) {
      mkdirSync(dir, { recursive: true });
      const temp = join(dir, `.${randomUUID()}`);
      writeFileSync(temp, data, { mode: 0o600 });
      renameSync(temp, path);
    }
    return sha256;
  }

  open(sha256: string): Readable {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a checksum');
    return createReadStream(join(this.root, sha256.slice(0, 2), sha256));
  }
}
