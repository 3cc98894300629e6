import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@kyodo/config';
import { BlobChunkEntity } from './blob-chunk.entity';
import { BlobEntity } from './blob.entity';
import { BlobRepository } from './blob.repository';
import { BLOB_STORE_OPTIONS, BlobStore, type BlobStoreOptions } from './blob-store';
import { S3ObjectStore } from './object-store';

export const BLOBS_ENTITIES = [BlobEntity, BlobChunkEntity];

/**
 * The object store is reached whenever its settings are given, also with BLOB_STORE=postgres: files written there
 * before a switch back stay readable.
 */
export function blobStoreOptions(config: AppConfig): BlobStoreOptions {
  const objects =
    config.S3_BUCKET && config.S3_REGION
      ? new S3ObjectStore({
          endpoint: config.S3_ENDPOINT,
          region: config.S3_REGION,
          bucket: config.S3_BUCKET,
          accessKeyId: config.S3_ACCESS_KEY_ID,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY,
          forcePathStyle: config.s3ForcePathStyle,
        })
      : null;
  return { writeTo: config.BLOB_STORE, objects };
}

/** Stored files (attachments, call documents, built reports): rows in PostgreSQL, bytes there or in S3. */
@Module({
  imports: [TypeOrmModule.forFeature(BLOBS_ENTITIES)],
  providers: [
    BlobRepository,
    { provide: BLOB_STORE_OPTIONS, useFactory: blobStoreOptions, inject: [AppConfig] },
    BlobStore,
  ],
  exports: [BlobStore],
})
export class BlobsModule {}
