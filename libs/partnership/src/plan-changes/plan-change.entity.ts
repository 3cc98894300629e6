import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Party } from '../progress-reports/progress-report';
import type { AppliedPlanChange, PlanChangeKind, PlanChangeStatus, PlanTerms } from './plan-change';

/** 計画変更: a partner's request to change the plan, checked by the secretariat. */
@Entity('plan_changes')
export class PlanChangeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('text', { name: 'requester_party' }) requesterParty: Party;
  @Column('uuid', { name: 'requested_by' }) requestedBy: string;
  @Column('text', { array: true }) kinds: PlanChangeKind[];
  @Column('text') reason: string;
  @Column('text') description: string;
  @Column('bigint', { name: 'budget_total', nullable: true }) budgetTotal: string | null;
  /** The terms the request sets once approved. */
  @Column('jsonb', { default: () => "'{}'::jsonb" }) terms: PlanTerms;
  /** What the approval changed, before and after; null until approved. */
  @Column('jsonb', { nullable: true }) applied: AppliedPlanChange | null;
  @Column('text') status: PlanChangeStatus;
  @Column('text', { name: 'review_note', nullable: true }) reviewNote: string | null;
  @Column('uuid', { name: 'reviewed_by', nullable: true }) reviewedBy: string | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
