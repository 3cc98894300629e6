import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A password-reset link sent by e-mail: single use, short-lived, and kept by the sha256 of its token only (the token
 * is derived from the row's id with the server's secret when the e-mail is written, so no usable link is ever stored).
 */
@Entity('password_resets')
export class PasswordResetEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text', { name: 'token_hash', unique: true }) tokenHash: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
