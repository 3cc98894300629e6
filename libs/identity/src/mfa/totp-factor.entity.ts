import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's TOTP authenticator (RFC 6238). Pending until a first code confirms it. */
@Entity('totp_factors')
export class TotpFactorEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  /** The shared secret sealed with a key derived from the server's secret (see MfaSecrets), never in the clear. */
  @Column('text', { name: 'secret_sealed' }) secretSealed: string;
  @Column('timestamptz', { name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  /** The last time step accepted: a code of that step or an earlier one is refused, so a seen code cannot be replayed. */
  @Column('bigint', { name: 'last_used_step', default: 0 }) lastUsedStep: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
