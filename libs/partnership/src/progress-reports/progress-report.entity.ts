import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { KpiActual, Party, ProgressReportStatus } from './progress-report';

/** 中間報告: a partner's report on the project so far, checked by the secretariat. */
@Entity('progress_reports')
export class ProgressReportEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('text', { name: 'reporter_party' }) reporterParty: Party;
  @Column('uuid', { name: 'reported_by' }) reportedBy: string;
  @Column('date', { name: 'period_from' }) periodFrom: string;
  @Column('date', { name: 'period_to' }) periodTo: string;
  @Column('text') summary: string;
  /** Per KPI of the proposal: its plan as it was then and the actual value to date. */
  @Column('jsonb', { name: 'kpi_actuals' }) kpiActuals: KpiActual[];
  @Column('text') status: ProgressReportStatus;
  @Column('text', { name: 'review_note', nullable: true }) reviewNote: string | null;
  @Column('uuid', { name: 'reviewed_by', nullable: true }) reviewedBy: string | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
