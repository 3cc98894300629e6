import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlobChunkEntity } from './blob-chunk.entity';
import { BlobEntity } from './blob.entity';
import { BlobRepository } from './blob.repository';
import { BlobStore } from './blob-store';

export const BLOBS_ENTITIES = [BlobEntity, BlobChunkEntity];

/** Stored files (attachments, call documents, built reports) in PostgreSQL. */
@Module({
  imports: [TypeOrmModule.forFeature(BLOBS_ENTITIES)],
  providers: [BlobRepository, BlobStore],
  exports: [BlobStore],
})
export class BlobsModule {}
