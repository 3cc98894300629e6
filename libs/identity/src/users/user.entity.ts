import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid') id: string;
  /** null only for platform operators, who create municipalities. */
  @Column('uuid', { name: 'municipality_id', nullable: true }) municipalityId: string | null;
  /** Stored lower-cased; unique across the deployment so login needs no tenant. */
  @Column('text', { unique: true }) email: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { name: 'password_hash' }) passwordHash: string;
  @Column('text') locale: 'ja' | 'en';
  @Column('boolean', { name: 'platform_admin', default: false }) platformAdmin: boolean;
  @Column('boolean', { default: true }) active: boolean;
  /** Set when an administrator hands out an initial password: nothing but changing it works until it is changed. */
  @Column('boolean', { name: 'must_change_password', default: false }) mustChangePassword: boolean;
  @Column('timestamptz', { name: 'password_changed_at', nullable: true }) passwordChangedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
