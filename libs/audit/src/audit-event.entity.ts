import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 記録: append-only, hash-chained per stream (a proposal, a call …). Each
 * entry's hash covers its content and the previous entry's hash.
 */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid', { name: 'municipality_id', nullable: true }) municipalityId: string | null;
  @Column('text') stream: string;
  @Column('int') seq: number;
  @Column('text') action: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { name: 'actor_role', nullable: true }) actorRole: string | null;
  @Column('text', { name: 'request_id', nullable: true }) requestId: string | null;
  @Column('jsonb', { nullable: true }) before: unknown;
  @Column('jsonb', { nullable: true }) after: unknown;
  @Column('timestamptz') at: Date;
  @Column('text', { name: 'prev_hash' }) prevHash: string;
  @Column('text') hash: string;
}
