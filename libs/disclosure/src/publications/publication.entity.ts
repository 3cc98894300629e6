import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 公開: one immutable version of the disclosure package of a decision or an assessment. */
@Entity('publications')
export class PublicationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'call_id' }) callId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('text') kind: 'decision' | 'assessment';
  /** 1 for the first publication; a correction is the next version, earlier ones stay readable. */
  @Column('int') version: number;
  /** What caused it (the outbox job's source key): publishing twice from one cause is one publication. */
  @Column('text', { name: 'source_key', unique: true }) sourceKey: string;
  @Column('jsonb') package: Record<string, unknown>;
  @Column('text', { name: 'correction_reason', nullable: true }) correctionReason: string | null;
  @Column('timestamptz', { name: 'published_at' }) publishedAt: Date;
  /** The package's searchable text, normalised (search-text.ts in @kyodo/platform). */
  @Column('text', { name: 'search_text', default: '' }) searchText: string;
  /** The two-character pieces of `searchText`, under a GIN index. */
  @Column('text', { name: 'search_grams', array: true, default: '{}' }) searchGrams: string[];
}
