import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a municipality shows the public beside its name: the secretariat's contact (お問い合わせ先) and its emblem. */
@Entity('municipality_profiles')
export class MunicipalityProfileEntity {
  @PrimaryColumn('uuid', { name: 'municipality_id' }) municipalityId: string;
  /** 課名: the division that answers questions about the scheme. */
  @Column('text', { name: 'contact_department_ja', default: '' }) contactDepartmentJa: string;
  @Column('text', { name: 'contact_department_en', default: '' }) contactDepartmentEn: string;
  @Column('text', { name: 'contact_phone', default: '' }) contactPhone: string;
  @Column('text', { name: 'contact_email', default: '' }) contactEmail: string;
  @Column('text', { name: 'contact_address_ja', default: '' }) contactAddressJa: string;
  @Column('text', { name: 'contact_address_en', default: '' }) contactAddressEn: string;
  /** 受付時間, as people write it: 平日 8:30〜17:15. */
  @Column('text', { name: 'contact_hours_ja', default: '' }) contactHoursJa: string;
  @Column('text', { name: 'contact_hours_en', default: '' }) contactHoursEn: string;
  @Column('text', { name: 'emblem_content_type', nullable: true }) emblemContentType: 'image/png' | 'image/jpeg' | null;
  @Column('int', { name: 'emblem_size_bytes', nullable: true }) emblemSizeBytes: number | null;
  @Column('text', { name: 'emblem_sha256', nullable: true }) emblemSha256: string | null;
  @Column('bytea', { name: 'emblem_data', nullable: true, select: false }) emblemData?: Buffer | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
