import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PartnershipForm } from '@kyodo/platform';
import type { AgreementSignatory } from './agreement';

/** 協定: what the city and the group agreed for an adopted proposal. One per proposal. */
@Entity('agreements')
export class AgreementEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  /** The group party; null when the group is not a registered organisation (a city proposal's partner). */
  @Column('uuid', { name: 'group_organization_id', nullable: true }) groupOrganizationId: string | null;
  @Column('text', { name: 'group_name' }) groupName: string;
  @Column('uuid', { name: 'department_organization_id', nullable: true }) departmentOrganizationId: string | null;
  @Column('text', { name: 'department_name' }) departmentName: string;
  /** Every party with the contact details the 協定書 prints, in its order. */
  @Column('jsonb') parties: AgreementSignatory[];
  @Column('date', { name: 'term_start' }) termStart: string;
  @Column('date', { name: 'term_end' }) termEnd: string;
  @Column('text', { name: 'role_sharing' }) roleSharing: string;
  @Column('text', { name: 'information_sharing' }) informationSharing: string;
  @Column('text', { name: 'cost_sharing' }) costSharing: string;
  @Column('bigint', { name: 'granted_amount' }) grantedAmount: string;
  @Column('text', { name: 'partnership_form' }) partnershipForm: PartnershipForm;
  /** 様式番号, as the municipality's rules number the agreement form (e.g. 様式第7号). */
  @Column('text', { name: 'form_number' }) formNumber: string;
  /** 作成日: the date written on the 協定書. */
  @Column('date', { name: 'made_on' }) madeOn: string;
  @Column('timestamptz', { name: 'concluded_at', nullable: true }) concludedAt: Date | null;
  @Column('uuid', { name: 'concluded_by', nullable: true }) concludedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
