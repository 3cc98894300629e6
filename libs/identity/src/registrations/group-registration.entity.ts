import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * email_unconfirmed: registered, its 会則 received, the e-mailed link not yet opened; submitted: the address is
 * confirmed and the secretariat reviews it; then approved (the group and its representative's account exist),
 * returned (with reasons, to register again) or refused (with reasons).
 */
export type GroupRegistrationStatus = 'email_unconfirmed' | 'submitted' | 'approved' | 'returned' | 'refused';

/** 団体登録: a citizen group's own registration, from the public portal, until the secretariat decides on it. */
@Entity('group_registrations')
export class GroupRegistrationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('text') status: GroupRegistrationStatus;
  @Column('text', { name: 'name_ja' }) nameJa: string;
  @Column('text', { name: 'name_kana' }) nameKana: string;
  @Column('text', { name: 'name_en' }) nameEn: string;
  @Column('text', { name: 'postal_code' }) postalCode: string;
  @Column('text') address: string;
  @Column('text') phone: string;
  @Column('text', { name: 'representative_name' }) representativeName: string;
  @Column('text', { name: 'representative_title' }) representativeTitle: string;
  @Column('text', { name: 'contact_name' }) contactName: string;
  @Column('text', { name: 'contact_phone' }) contactPhone: string;
  /** The contact person's address: confirmed by the link, and the representative account's sign-in name. */
  @Column('text') email: string;
  @Column('text', { name: 'activity_fields', array: true }) activityFields: string[];
  @Column('text', { name: 'password_hash' }) passwordHash: string;
  @Column('text') locale: 'ja' | 'en';
  @Column('text', { name: 'rules_filename', nullable: true }) rulesFilename: string | null;
  @Column('int', { name: 'rules_size_bytes', nullable: true }) rulesSizeBytes: number | null;
  @Column('text', { name: 'rules_sha256', nullable: true }) rulesSha256: string | null;
  @Column('bytea', { name: 'rules_data', nullable: true, select: false }) rulesData: Buffer | null;
  @Column('timestamptz', { name: 'rules_received_at', nullable: true }) rulesReceivedAt: Date | null;
  @Column('text', { name: 'token_hash', nullable: true, unique: true }) tokenHash: string | null;
  @Column('timestamptz', { name: 'link_expires_at', nullable: true }) linkExpiresAt: Date | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('text', { name: 'decision_reasons' }) decisionReasons: string;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
