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
  @Column('text') event: string;
  @Column('uuid', { name: 'submitted_by' }) submittedBy: string;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
}
