import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A municipality's OpenID provider (its own directory: Entra ID, Keycloak, an LGWAN-side IdP) for its staff. */
@Entity('oidc_providers')
export class OidcProviderEntity {
  @PrimaryColumn('uuid', { name: 'municipality_id' }) municipalityId: string;
  /** The issuer identifier; its /.well-known/openid-configuration is read at sign-in. */
  @Column('text') issuer: string;
  @Column('text', { name: 'client_id' }) clientId: string;
  /** Sealed with a key derived from the server's secret (see OidcSecrets), never in the clear. */
  @Column('text', { name: 'client_secret_sealed' }) clientSecretSealed: string;
  /** The claim holding the e-mail address that matches a Kyodo account (`email`, or e.g. `upn`). */
  @Column('text', { name: 'email_claim', default: 'email' }) emailClaim: string;
  /** Match by address only when the provider says it is verified (`email_verified: true`). */
  @Column('boolean', { name: 'require_verified_email', default: true }) requireVerifiedEmail: boolean;
  @Column('text', { name: 'label_ja' }) labelJa: string;
  @Column('text', { name: 'label_en' }) labelEn: string;
  @Column('boolean', { default: true }) enabled: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
