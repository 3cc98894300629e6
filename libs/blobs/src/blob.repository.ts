import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BlobChunkEntity } from './blob-chunk.entity';
import { BlobEntity } from './blob.entity';

/** The stored files (`blobs`, `blob_chunks`). */
@Injectable()
export class BlobRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Stores the blob's chunks and its row in one transaction, unless it is there already (the same bytes stored twice,
   * or by two processes at once: the second insert of the row does nothing and its chunks are rolled back with it).
   */
  async insertIfAbsent(sha256: string, chunks: Buffer[], byteSize: number): Promise<void> {
    await this.db.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(BlobEntity)
        .values({ sha256, byteSize: String(byteSize), chunkCount: chunks.length, location: 'postgres' })
        .orIgnore()
        .returning('sha256')
        .execute();
      if (inserted.raw.length === 0) return;
      for (const [seq, data] of chunks.entries()) await manager.insert(BlobChunkEntity, { sha256, seq, data });
    });
  }

  /** The row of a blob whose bytes are in the object store under its sha256 (written there first). */
  async insertObjectIfAbsent(sha256: string, byteSize: number): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(BlobEntity)
      .values({ sha256, byteSize: String(byteSize), chunkCount: 0, location: 's3' })
      .orIgnore()
      .execute();
  }

  find(sha256: string): Promise<BlobEntity | null> {
    return this.db.getRepository(BlobEntity).findOneBy({ sha256 });
  }

  async chunk(sha256: string, seq: number): Promise<Buffer | null> {
    const row = await this.db
      .getRepository(BlobChunkEntity)
      .findOne({ select: { data: true }, where: { sha256, seq } });
    return row?.data ?? null;
  }
}
