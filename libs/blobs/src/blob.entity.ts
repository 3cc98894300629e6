import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type BlobLocation = 'postgres' | 's3';

/** A stored file, content-addressed: the same bytes are kept once, whoever stored them. */
@Entity('blobs')
export class BlobEntity {
  @PrimaryColumn('text') sha256: string;
  @Column('bigint', { name: 'byte_size' }) byteSize: string;
  @Column('int', { name: 'chunk_count' }) chunkCount: number;
  /** Where the bytes are: `blob_chunks` (postgres) or the object store under the sha256 (s3). */
  @Column('text', { default: 'postgres' }) location: BlobLocation;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
