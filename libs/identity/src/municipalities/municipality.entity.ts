import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('municipalities')
export class MunicipalityEntity {
  @PrimaryColumn('uuid') id: string;
  /** 全国地方公共団体コード or any short unique code. */
  @Column('text', { unique: true }) code: string;
  @Column('text', { name: 'name_ja' }) nameJa: string;
  @Column('text', { name: 'name_en' }) nameEn: string;
  /** Whether published assessments name the committee members. */
  @Column('boolean', { name: 'names_committee', default: false }) namesCommittee: boolean;
  /** Staff (secretariat, admin, reviewers, committee) must sign in with a second factor. */
  @Column('boolean', { name: 'mfa_required_for_staff', default: false }) mfaRequiredForStaff: boolean;
  /** Its figures join the public cross-municipality comparison (its administrator's choice; off by default). */
  @Column('boolean', { name: 'comparison_opt_in', default: false }) comparisonOptIn: boolean;
  /** 全国地方公共団体コード (six digits, check digit included), stated by its administrator on joining the comparison. */
  @Column('text', { name: 'local_government_code', nullable: true }) localGovernmentCode: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
