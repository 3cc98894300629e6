export { BlobsModule, BLOBS_ENTITIES } from './blobs.module';
export { BLOB_CHUNK_BYTES, BLOB_MAX_BYTES, BlobStore, BlobTooLargeError, type StoredBlob } from './blob-store';
export { BlobRepository } from './blob.repository';
