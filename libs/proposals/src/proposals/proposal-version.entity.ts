import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The text as submitted or resubmitted; never changed afterwards. */
@Entity('proposal_versions')
export class ProposalVersionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('int') number: number;
  @Column('text') title: string;
  @Column('jsonb') content: Record<string, unknown>;
  /** The predecessor link as it was when this version was submitted. */
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId: string | null;
  /** The partner groups (協働相手) as they were when this version was submitted. */
  @Column('uuid', { name: 'partner_group_ids', array: true, default: '{}' }) partnerGroupIds: string[];
  @Column('text') event: string;
  @Column('uuid', { name: 'submitted_by' }) submittedBy: string;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
}
