import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@kyodo/platform';
import { queryPrepared, type Statement } from '@kyodo/persistence';
import { UserEntity } from './user.entity';

/** A user of the municipality as the admin console lists them: never the password hash. */
export interface DirectoryUser {
  id: string;
  municipalityId: string | null;
  email: string;
  displayName: string;
  locale: 'ja' | 'en';
  platformAdmin: boolean;
  active: boolean;
  /** Still on the initial password an administrator handed out. */
  mustChangePassword: boolean;
  /** Signs in with an authenticator app (TOTP). */
  mfaEnrolled: boolean;
  createdAt: Date;
  /** Distinct roles the user holds in the municipality. */
  roles: Role[];
  /** Each role with the organisation it is held in (null for committee roles). */
  memberships: Array<{ role: Role; organizationId: string | null }>;
}

/** What a request's Actor is built from: an active user, their roles, and whether the login is still open. */
export interface UserGrants {
  municipalityId: string | null;
  platformAdmin: boolean;
  locale: 'ja' | 'en';
  /** False when the login family has no unrevoked token left. */
  session: boolean;
  /** An initial password handed out by an administrator is still in use. */
  mustChangePassword: boolean;
  /** A confirmed TOTP authenticator signs this account in. */
  mfaEnrolled: boolean;
  /** The user's municipality requires a second factor of its staff. */
  mfaRequiredForStaff: boolean;
  /**
   * The session was started by the municipality's OpenID provider: it used neither the password nor a TOTP code,
   * so neither the initial password's change nor an authenticator's enrolment is asked of it.
   */
  viaSso: boolean;
  memberships: Array<{ organizationId: string | null; role: Role }>;
}

interface DirectoryUserRow {
  id: string;
  municipality_id: string | null;
  email: string;
  display_name: string;
  locale: 'ja' | 'en';
  platform_admin: boolean;
  active: boolean;
  must_change_password: boolean;
  mfa_enrolled: boolean;
  created_at: Date | string;
  /** json_agg: parsed by the pg driver, a string under some drivers. */
  memberships: DirectoryUser['memberships'] | string;
}

interface GrantRow {
  municipality_id: string | null;
  platform_admin: boolean;
  locale: 'ja' | 'en';
  organization_id: string | null;
  role: Role | null;
  session: boolean;
  must_change_password: boolean;
  mfa_enrolled: boolean;
  mfa_required_for_staff: boolean | null;
  via_sso: boolean;
}

/** Where and in which language to write to an account. */
export interface UserContact {
  id: string;
  email: string;
  locale: 'ja' | 'en';
}

/** Accounts (`users`). */
/** Every authenticated request reads this: named, so PostgreSQL plans it once per connection. */
const ACTIVE_GRANTS: Statement = {
  name: 'identity.active-grants',
  text: `SELECT u.municipality_id, u.platform_admin, u.locale, u.must_change_password, m.organization_id, m.role,
              EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL) AS session,
              EXISTS (SELECT 1 FROM totp_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS mfa_enrolled,
              mu.mfa_required_for_staff,
              EXISTS (SELECT 1 FROM oidc_sign_ins s WHERE s.family_id = $2 AND s.user_id = u.id) AS via_sso
         FROM users u LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN municipalities mu ON mu.id = u.municipality_id
        WHERE u.id = $1 AND u.active`,
};

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ email });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  /**
   * The display name of each of the users, by id (unknown ids are left out). The map keeps the database's order of
   * name, then id, so a caller that lists people by name need not sort them again.
   */
  async displayNamesOf(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; display_name: string }> = await this.db.query(
      'SELECT id, display_name FROM users WHERE id = ANY($1::uuid[]) ORDER BY display_name, id',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /**
   * The users named, by id, with their display names and whether their accounts still work, in name order (as
   * displayNamesOf), in one query: the secretariat's list of a proposal's reviewers.
   */
  async namesAndActivity(ids: string[]): Promise<Map<string, { displayName: string; active: boolean }>> {
    const rows: Array<{ id: string; display_name: string; active: boolean }> = await this.db.query(
      'SELECT id, display_name, active FROM users WHERE id = ANY($1::uuid[]) ORDER BY display_name, id',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { displayName: r.display_name, active: r.active }]));
  }

  /** Whether the account may still sign in, read in the caller's transaction. */
  async isActive(manager: EntityManager, id: string): Promise<boolean> {
    const rows: Array<{ active: boolean }> = await manager.query(`SELECT active FROM users WHERE id = $1`, [id]);
    return rows[0]?.active === true;
  }

  /** The active ones of these users, by id, with where and in which language to write to them. */
  async activeContacts(ids: string[]): Promise<Map<string, UserContact>> {
    if (ids.length === 0) return new Map();
    const rows: UserContact[] = await this.db.query(
      'SELECT id, email, locale FROM users WHERE id = ANY($1::uuid[]) AND active',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  async insert(manager: EntityManager, user: UserEntity): Promise<void> {
    await manager.insert(UserEntity, user);
  }

  /** Holds the account's row until the caller's transaction ends (one change to it at a time). */
  async lockForUpdate(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Sets a new password hash; `mustChange` when an administrator handed it out. */
  async setPassword(manager: EntityManager, id: string, passwordHash: string, at: Date, mustChange: boolean) {
    await manager.update(UserEntity, { id }, { passwordHash, passwordChangedAt: at, mustChangePassword: mustChange });
  }

  /** Activates or deactivates an account of the municipality; false when it has no such user. */
  async setActive(manager: EntityManager, municipalityId: string, id: string, active: boolean): Promise<boolean> {
    const result = await manager.update(UserEntity, { id, municipalityId }, { active });
    return (result.affected ?? 0) > 0;
  }

  /** The display name, locale and e-mail a person may change on their own account. */
  async updateProfile(
    manager: EntityManager,
    id: string,
    profile: { displayName: string; locale: 'ja' | 'en' },
  ): Promise<void> {
    await manager.update(UserEntity, { id }, profile);
  }

  /** Sets the sign-in address (lower-cased by the caller); a taken one fails on the unique key. */
  async setEmail(manager: EntityManager, id: string, email: string): Promise<void> {
    await manager.update(UserEntity, { id }, { email });
  }

  /** Creates the platform operator unless the e-mail is taken; true when created. */
  async insertPlatformAdminIfAbsent(user: { id: string; email: string; displayName: string; passwordHash: string }) {
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO users (id, municipality_id, email, display_name, password_hash, locale, platform_admin)
       VALUES ($1, NULL, $2, $3, $4, 'ja', true) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.id, user.email, user.displayName, user.passwordHash],
    );
    return rows.length > 0;
  }

  /**
   * An active user with their roles and whether the login family `familyId` is still open, in one query; null for
   * an unknown or deactivated user.
   */
  async activeGrants(userId: string, familyId: string): Promise<UserGrants | null> {
    const rows = await queryPrepared<GrantRow>(this.db, ACTIVE_GRANTS, [userId, familyId]);
    const first = rows[0];
    if (!first) return null;
    const memberships: UserGrants['memberships'] = [];
    for (const row of rows)
      if (row.role !== null) memberships.push({ organizationId: row.organization_id, role: row.role });
    return {
      municipalityId: first.municipality_id,
      platformAdmin: first.platform_admin,
      locale: first.locale,
      session: first.session,
      mustChangePassword: first.must_change_password,
      mfaEnrolled: first.mfa_enrolled,
      mfaRequiredForStaff: first.mfa_required_for_staff ?? false,
      viaSso: first.via_sso,
      memberships,
    };
  }

  /** The municipality's users with their roles, in one query, by e-mail; `role` keeps only those who hold it. */
  async listWithRoles(municipalityId: string, role?: Role): Promise<DirectoryUser[]> {
    const rows: DirectoryUserRow[] = await this.db.query(
      `SELECT u.id, u.municipality_id, u.email, u.display_name, u.locale, u.platform_admin, u.active, u.must_change_password,
              u.created_at,
              EXISTS (SELECT 1 FROM totp_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS mfa_enrolled,
              COALESCE(json_agg(json_build_object('role', m.role, 'organizationId', m.organization_id)
                         ORDER BY m.role, m.organization_id) FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM users u
         LEFT JOIN memberships m ON m.user_id = u.id AND m.municipality_id = u.municipality_id
        WHERE u.municipality_id = $1
        GROUP BY u.id
       HAVING $2::text IS NULL OR bool_or(m.role = $2::text)
        ORDER BY u.email`,
      [municipalityId, role ?? null],
    );
    return rows.map((r) => {
      const memberships: DirectoryUser['memberships'] =
        typeof r.memberships === 'string' ? JSON.parse(r.memberships) : r.memberships;
      return {
        id: r.id,
        municipalityId: r.municipality_id,
        email: r.email,
        displayName: r.display_name,
        locale: r.locale,
        platformAdmin: r.platform_admin,
        active: r.active,
        mustChangePassword: r.must_change_password,
        mfaEnrolled: r.mfa_enrolled,
        createdAt: new Date(r.created_at),
        roles: [...new Set(memberships.map((m) => m.role))],
        memberships,
      };
    });
  }
}
