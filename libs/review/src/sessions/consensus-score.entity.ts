import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The committee's agreed score and reason per criterion for one proposal at one session. */
@Entity('consensus_scores')
export class ConsensusScoreEntity {
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @PrimaryColumn('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('jsonb') scores: Record<string, number>;
  @Column('jsonb') reasons: Record<string, string>;
  @Column('uuid', { name: 'recorded_by' }) recordedBy: string;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt: Date;
  /** Optimistic lock for corrections (If-Match). */
  @Column('int', { default: 1 }) version: number;
}
