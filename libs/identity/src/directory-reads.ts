import type { DataSource } from 'typeorm';
import { type Actor, hasRole, type Role } from '@kyodo/platform';
import { IdentityError, IdentityErrorCode } from './identity-errors';

/** A user of the municipality as the admin console lists them: never the password hash. */
export interface DirectoryUser {
  id: string;
  municipalityId: string | null;
  email: string;
  displayName: string;
  locale: 'ja' | 'en';
  platformAdmin: boolean;
  active: boolean;
  createdAt: Date;
  /** Distinct roles the user holds in the municipality. */
  roles: Role[];
  /** Each role with the organisation it is held in (null for committee roles). */
  memberships: Array<{ role: Role; organizationId: string | null }>;
}

export interface DirectoryCommittee {
  id: string;
  nameJa: string;
  nameEn: string;
  members: Array<{
    userId: string;
    displayName: string;
    position: 'member' | 'chair';
    affiliation: string | null;
  }>;
}

function requireStaff(actor: Actor): string {
  if (!hasRole(actor, 'admin', 'secretariat') || !actor.municipalityId) {
    throw new IdentityError(IdentityErrorCode.Forbidden);
  }
  return actor.municipalityId;
}

/** The municipality's users with their roles, in one query; `role` keeps only those who hold it. */
export async function listDirectoryUsers(ds: DataSource, actor: Actor, role?: Role): Promise<DirectoryUser[]> {
  const municipalityId = requireStaff(actor);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT u.id, u.municipality_id, u.email, u.display_name, u.locale, u.platform_admin, u.active, u.created_at,
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
    const raw = typeof r.memberships === 'string' ? JSON.parse(r.memberships) : r.memberships;
    const memberships = raw as DirectoryUser['memberships'];
    return {
      id: r.id as string,
      municipalityId: r.municipality_id as string,
      email: r.email as string,
      displayName: r.display_name as string,
      locale: r.locale as 'ja' | 'en',
      platformAdmin: r.platform_admin as boolean,
      active: r.active as boolean,
      createdAt: new Date(r.created_at as string),
      roles: [...new Set(memberships.map((m) => m.role))],
      memberships,
    };
  });
}

/** The municipality's evaluation committees with their members, chair first. */
export async function listDirectoryCommittees(ds: DataSource, actor: Actor): Promise<DirectoryCommittee[]> {
  const municipalityId = requireStaff(actor);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT c.id, c.name_ja, c.name_en,
            COALESCE(json_agg(json_build_object('userId', cm.user_id, 'displayName', u.display_name,
                       'position', cm.position, 'affiliation', cm.affiliation)
                       ORDER BY cm.position = 'chair' DESC, u.display_name) FILTER (WHERE cm.user_id IS NOT NULL),
                     '[]') AS members
       FROM committees c
       LEFT JOIN committee_members cm ON cm.committee_id = c.id
       LEFT JOIN users u ON u.id = cm.user_id
      WHERE c.municipality_id = $1
      GROUP BY c.id
      ORDER BY c.created_at, c.id`,
    [municipalityId],
  );
  return rows.map((r) => ({
    id: r.id as string,
    nameJa: r.name_ja as string,
    nameEn: r.name_en as string,
    members: (typeof r.members === 'string' ? JSON.parse(r.members) : r.members) as DirectoryCommittee['members'],
  }));
}
