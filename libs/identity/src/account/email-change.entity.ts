import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A requested change of a person's e-mail address, waiting for the link sent to the new address (see LinkTokens). */
@Entity('email_changes')
export class EmailChangeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  /** Lower-cased, as users.email is kept. */
  @Column('text', { name: 'new_email' }) newEmail: string;
  @Column('text', { name: 'token_hash', unique: true }) tokenHash: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  /** The address the change replaced, set when it is confirmed: the worker tells it of the change. */
  @Column('text', { name: 'previous_email', nullable: true }) previousEmail?: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
