import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('proposals')
export class ProposalEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'call_id' }) callId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  /** The proposer's kind (市民活動団体 / 担当課), from the proposing organisation. */
  @Column('text') origin: 'group' | 'department';
  /** テーマ設定型 when it answers a call's theme, 自由提案型 otherwise (proposalTypeOf). */
  @Column('text', { name: 'proposal_type', default: 'free' }) proposalType: 'theme' | 'free';
  /** 市提案テーマ the proposal answers, or null for a free proposal. */
  @Column('uuid', { name: 'theme_id', nullable: true }) themeId: string | null;
  /** The city departments the proposer wants to work with. */
  @Column('uuid', { name: 'partner_department_ids', array: true, default: '{}' }) partnerDepartmentIds: string[];
  /**
   * 協働相手: the citizen groups (registered organisations of the municipality) a department's proposal names as its
   * partners; always empty for a group's proposal, whose partner is the department it names.
   */
  @Column('uuid', { name: 'partner_group_ids', array: true, default: '{}' }) partnerGroupIds: string[];
  /** 継続提案: the earlier adopted proposal of the same organisation this one continues, or null. */
  @Column('uuid', { name: 'predecessor_id', nullable: true }) predecessorId: string | null;
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
