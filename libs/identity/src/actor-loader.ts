import type { DataSource } from 'typeorm';
import type { Actor, Role } from '@kyodo/platform';

/**
 * Builds the Actor for a request from the database on every call, so a
 * removed role or a deactivated user takes effect at once.
 */
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string, familyId: string, requestId: string): Promise<Actor | null> {
    const rows: Array<{
      municipality_id: string | null;
      platform_admin: boolean;
      locale: 'ja' | 'en';
      organization_id: string | null;
      role: Role | null;
      session: boolean;
    }> = await this.dataSource.query(
      `SELECT u.municipality_id, u.platform_admin, u.locale, m.organization_id, m.role,
              EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL) AS session
         FROM users u LEFT JOIN memberships m ON m.user_id = u.id
        WHERE u.id = $1 AND u.active`,
      [userId, familyId],
    );
    const first = rows[0];
    if (!first || !first.session) return null;
    const memberships = rows
      .filter((r) => r.role !== null)
      .map((r) => ({ organizationId: r.organization_id, role: r.role as Role }));
    return {
      userId,
      municipalityId: first.municipality_id,
      platformAdmin: first.platform_admin,
      roles: [...new Set(memberships.map((m) => m.role))],
      memberships,
      locale: first.locale,
      requestId,
    };
  }
}
