import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One sign-in through a municipality's provider. Started: the authorization request's state (by its sha256), nonce
 * and PKCE verifier, bound to the browser by a cookie (its sha256). Completed once at the callback, when the user is
 * known and a one-time code (by its sha256) is handed to the web app, which exchanges it once for the session
 * (`family_id`, how a session started through the provider is recognised).
 */
@Entity('oidc_sign_ins')
export class OidcSignInEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('text', { name: 'state_hash', unique: true }) stateHash: string;
  @Column('text', { name: 'browser_hash' }) browserHash: string;
  @Column('text') nonce: string;
  @Column('text', { name: 'code_verifier' }) codeVerifier: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('text', { name: 'handoff_hash', nullable: true, unique: true }) handoffHash: string | null;
  @Column('timestamptz', { name: 'handoff_expires_at', nullable: true }) handoffExpiresAt: Date | null;
  @Column('timestamptz', { name: 'handed_off_at', nullable: true }) handedOffAt: Date | null;
  @Column('uuid', { name: 'family_id', nullable: true }) familyId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
