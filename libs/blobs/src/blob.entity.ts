import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A stored file, content-addressed: the same bytes are kept once, whoever stored them. */
@Entity('blobs')
export class BlobEntity {
  @PrimaryColumn('text') sha256: string;
  @Column('bigint', { name: 'byte_size' }) byteSize: string;
  @Column('int', { name: 'chunk_count' }) chunkCount: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
