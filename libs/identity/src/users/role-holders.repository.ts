import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@kyodo/platform';

/** Who holds which role where (`memberships`), read for those who address people by role, such as notices. */
@Injectable()
export class RoleHoldersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The users holding any of the roles in the municipality (in the organisation, when one is named), by id. */
  async holdersOf(municipalityId: string, roles: Role[], organizationId?: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT DISTINCT user_id FROM memberships
        WHERE municipality_id = $1 AND role = ANY($2::text[]) AND ($3::uuid IS NULL OR organization_id = $3)
        ORDER BY user_id`,
      [municipalityId, roles, organizationId ?? null],
    );
    return rows.map((r) => r.user_id);
  }

  /** The users belonging to any of the organisations, whatever their role, by id. */
  async membersOf(organizationIds: string[]): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const rows: Array<{ user_id: string }> = await this.db.query(
      'SELECT DISTINCT user_id FROM memberships WHERE organization_id = ANY($1::uuid[]) ORDER BY user_id',
      [organizationIds],
    );
    return rows.map((r) => r.user_id);
  }
}
