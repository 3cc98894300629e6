import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Assignment } from '../assignment';
import type { Stage } from '../rubric-definition';

/** 審査担当: one reviewer on one proposal at one stage (unique together). */
@Entity('review_assignments')
export class ReviewAssignmentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'call_id' }) callId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('uuid', { name: 'reviewer_id' }) reviewerId: string;
  @Column('text') stage: Stage;
  @Column('text') status: Assignment['status'];
  @Column('text', { name: 'conflict_reason', nullable: true }) conflictReason: string | null;
  @Column('text', { name: 'conflict_kind', nullable: true }) conflictKind: Assignment['conflictKind'];
  /** Bumped by every status change, so concurrent writers can tell they raced. */
  @Column('int', { default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
