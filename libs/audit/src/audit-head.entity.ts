import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where each audit stream ends, so entries cut off the end of a chain are noticed. */
@Entity('audit_heads')
export class AuditHeadEntity {
  @PrimaryColumn('text') stream: string;
  @Column('int') seq: number;
  @Column('text') hash: string;
}
