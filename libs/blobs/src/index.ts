export { BlobsModule, BLOBS_ENTITIES, blobStoreOptions } from './blobs.module';
export {
  BLOB_CHUNK_BYTES,
  BLOB_MAX_BYTES,
  BLOB_STORE_OPTIONS,
  BlobStore,
  type BlobStoreOptions,
  BlobTooLargeError,
  type StoredBlob,
} from './blob-store';
export { BlobRepository } from './blob.repository';
export { BlobErrorCode, ObjectStoreUnavailableError } from './blob-errors';
export { S3ObjectStore } from './object-store';
