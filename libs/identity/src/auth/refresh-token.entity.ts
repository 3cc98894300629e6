import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Rotating refresh tokens. Each login starts a family; each refresh uses one
 * token up and issues the next. Presenting a used token again means it was
 * stolen: the whole family is revoked.
 */
@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'family_id' }) familyId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  /** sha256 of the token; the token itself is never stored. */
  @Column('text', { name: 'token_hash', unique: true }) tokenHash: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  /** The browser the sign-in came from (its User-Agent, cut short), carried along each rotation. */
  @Column('text', { name: 'user_agent', nullable: true }) userAgent: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
