import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * 連絡先: an organisation's own contact details. Private: read by its members, the secretariat and administrators,
 * and by the partners of a proposal of theirs (through the proposals library) — never by a public answer.
 */
@Entity('organization_contacts')
export class OrganizationContactEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('text', { name: 'postal_code' }) postalCode: string;
  @Column('text') address: string;
  @Column('text') phone: string;
  @Column('text') email: string;
  @Column('text', { name: 'representative_name' }) representativeName: string;
  @Column('text', { name: 'representative_title' }) representativeTitle: string;
  @Column('text', { name: 'contact_person' }) contactPerson: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
}
