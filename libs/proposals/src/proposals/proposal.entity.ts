import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('proposals')
export class ProposalEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'call_id' }) callId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') origin: 'group' | 'department';
  /** 市提案テーマ the proposal answers, or null for a free proposal. */
  @Column('uuid', { name: 'theme_id', nullable: true }) themeId: string | null;
  /** The city departments the proposer wants to work with. */
  @Column('uuid', { name: 'partner_department_ids', array: true, default: '{}' }) partnerDepartmentIds: string[];
  @Column('text') title: string;
  /** The editable proposal body (summary, background, KPIs, budget …). */
  @Column('jsonb') content: Record<string, unknown>;
  /** Queryable copy of the machine state, e.g. 'submitted.screening'. */
  @Column('text') state: string;
  /** The XState persisted snapshot. */
  @Column('jsonb') snapshot: unknown;
  @Column('int', { name: 'machine_version' }) machineVersion: number;
  /** Optimistic lock: changed only by UPDATE … WHERE version = $expected. */
  @Column('int') version: number;
  @Column('text', { name: 'receipt_number', nullable: true }) receiptNumber: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
