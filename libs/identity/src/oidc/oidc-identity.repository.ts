import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@kyodo/platform';
import { OidcIdentityEntity } from './oidc-identity.entity';

/** A user of a municipality as single sign-on needs them: whether the account works, and its roles there. */
export interface SsoCandidate {
  id: string;
  email: string;
  active: boolean;
  roles: Role[];
  /** Linked to an account of the provider asked about (another subject when found by address). */
  linkedToIssuer: boolean;
}

interface CandidateRow {
  id: string;
  email: string;
  active: boolean;
  roles: Role[] | string;
  linked_to_issuer: boolean;
}

/** Provider accounts linked to users (`oidc_identities`), and the lookups of users that sign-in by provider makes. */
@Injectable()
export class OidcIdentityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The user the provider account is linked to in this municipality, or null. */
  async linkedUser(municipalityId: string, issuer: string, subject: string): Promise<SsoCandidate | null> {
    return this.candidate(
      'u.id = (SELECT user_id FROM oidc_identities WHERE municipality_id = $1 AND issuer = $2 AND subject = $3)',
      [municipalityId, issuer, subject],
    );
  }

  /** The municipality's user with this address (as stored: lower case), or null. */
  async userByEmail(municipalityId: string, email: string, issuer: string): Promise<SsoCandidate | null> {
    return this.candidate('u.email = $3', [municipalityId, issuer, email]);
  }

  findForUser(userId: string): Promise<OidcIdentityEntity | null> {
    return this.db.getRepository(OidcIdentityEntity).findOneBy({ userId });
  }

  /** Links (or links again) the user to the provider account; a subject linked to another user is a unique violation. */
  async link(manager: EntityManager, identity: Omit<OidcIdentityEntity, 'createdAt'>): Promise<void> {
    await manager.upsert(OidcIdentityEntity, identity, { conflictPaths: ['userId'] });
  }

  async unlink(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(OidcIdentityEntity, { userId });
  }

  private async candidate(where: string, params: unknown[]): Promise<SsoCandidate | null> {
    const rows: CandidateRow[] = await this.db.query(
      `SELECT u.id, u.email, u.active,
              EXISTS (SELECT 1 FROM oidc_identities i WHERE i.user_id = u.id AND i.issuer = $2) AS linked_to_issuer,
              COALESCE(array_agg(DISTINCT m.role) FILTER (WHERE m.role IS NOT NULL), '{}') AS roles
         FROM users u LEFT JOIN memberships m ON m.user_id = u.id AND m.municipality_id = u.municipality_id
        WHERE ${where} AND u.municipality_id = $1 AND NOT u.platform_admin
        GROUP BY u.id`,
      params,
    );
    const row = rows[0];
    if (!row) return null;
    const roles =
      typeof row.roles === 'string' ? (row.roles.replace(/[{}]/g, '').split(',').filter(Boolean) as Role[]) : row.roles;
    return { id: row.id, email: row.email, active: row.active, roles, linkedToIssuer: row.linked_to_issuer };
  }
}
