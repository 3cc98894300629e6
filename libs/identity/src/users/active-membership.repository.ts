import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One membership of an active user: the organisation it is held in (null for the city office) and its role. */
export interface ActiveMembership {
  userId: string;
  organizationId: string | null;
  role: string;
}

/** The roles of active (not deactivated) users: who may act, e.g. review, in a municipality. */
@Injectable()
export class ActiveMembershipRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The memberships in the municipality of those of `userIds` who are active. */
  async membershipsOf(municipalityId: string, userIds: string[]): Promise<ActiveMembership[]> {
    const rows: Array<{ user_id: string; organization_id: string | null; role: string }> = await this.db.query(
      `SELECT m.user_id, m.organization_id, m.role FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.municipality_id = $1 AND m.user_id = ANY($2::uuid[]) AND u.active`,
      [municipalityId, userIds],
    );
    return rows.map((r) => ({ userId: r.user_id, organizationId: r.organization_id, role: r.role }));
  }

  /** Every active user holding the reviewer role in the municipality, by id. */
  async activeReviewers(municipalityId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.municipality_id = $1 AND m.role = 'reviewer' AND u.active ORDER BY m.user_id`,
      [municipalityId],
    );
    return rows.map((r) => r.user_id);
  }
}
