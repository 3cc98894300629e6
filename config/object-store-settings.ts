/** The settings BLOB_STORE=s3 reads (AppConfig holds them, validated one by one). */
export interface ObjectStoreSettings {
  BLOB_STORE: 'postgres' | 's3';
  S3_BUCKET?: string;
  S3_REGION?: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
}

/** With BLOB_STORE=s3, the settings the object store cannot do without. */
export function objectStoreProblems(config: ObjectStoreSettings): string[] {
  if (config.BLOB_STORE !== 's3') return [];
  const problems: string[] = [];
  if (!config.S3_BUCKET) problems.push('S3_BUCKET (unset): S3_BUCKET must be set when BLOB_STORE is s3');
  if (!config.S3_REGION) problems.push('S3_REGION (unset): S3_REGION must be set when BLOB_STORE is s3');
  if (!config.S3_ACCESS_KEY_ID !== !config.S3_SECRET_ACCESS_KEY) {
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together, or both left unset');
  }
  return problems;
}
