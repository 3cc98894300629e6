import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { KpiActual } from '../progress-reports/progress-report';
import type { AccountLine, ResultsReportStatus } from './results-report';

/** 実績報告・収支決算: the group's report at term end, with the accounts and the settlement. */
@Entity('results_reports')
export class ResultsReportEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('uuid', { name: 'reported_by' }) reportedBy: string;
  @Column('text') summary: string;
  @Column('jsonb', { name: 'kpi_actuals' }) kpiActuals: KpiActual[];
  @Column('jsonb') accounts: AccountLine[];
  @Column('bigint', { name: 'income_total' }) incomeTotal: string;
  @Column('bigint', { name: 'expense_total' }) expenseTotal: string;
  @Column('bigint', { name: 'granted_amount' }) grantedAmount: string;
  @Column('bigint', { name: 'used_amount' }) usedAmount: string;
  @Column('bigint', { name: 'return_amount' }) returnAmount: string;
  @Column('text') status: ResultsReportStatus;
  @Column('text', { name: 'review_note', nullable: true }) reviewNote: string | null;
  @Column('uuid', { name: 'reviewed_by', nullable: true }) reviewedBy: string | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
