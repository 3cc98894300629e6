import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One piece of a blob: read one at a time, so a download never holds a whole file in memory. */
@Entity('blob_chunks')
export class BlobChunkEntity {
  @PrimaryColumn('text') sha256: string;
  @PrimaryColumn('int') seq: number;
  @Column('bytea') data: Buffer;
}
