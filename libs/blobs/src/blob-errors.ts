import { DomainError } from '@kyodo/platform';

/** The stored files' error codes: stable, clients may branch on them. */
export enum BlobErrorCode {
  ObjectStoreUnavailable = 'object_store_unavailable',
}

/** The object store (BLOB_STORE=s3) did not answer, or answered that it cannot serve now: 503, retry later. */
export class ObjectStoreUnavailableError extends DomainError {
  constructor() {
    super(
      BlobErrorCode.ObjectStoreUnavailable,
      'unavailable',
      {
        ja: 'ただいまファイルの保存先に接続できません。しばらくしてから再度お試しください。',
        en: 'The file store cannot be reached right now. Please try again shortly.',
      },
      { retryAfterSeconds: 5 },
    );
  }
}
