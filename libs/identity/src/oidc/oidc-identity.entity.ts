import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The provider account (issuer and subject) that signs a user in. Linked by an administrator, or at the first
 * sign-in matched by a verified e-mail address; afterwards the subject decides, so a changed address still works.
 */
@Entity('oidc_identities')
export class OidcIdentityEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId: string;
  @Column('text') issuer: string;
  @Column('text') subject: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
