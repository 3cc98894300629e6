import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** A seat on a committee with its holder's name. */
export interface CommitteeSeat {
  userId: string;
  displayName: string;
  position: string;
}

/** A committee member with every organisation they hold a role in (for who must leave the room). */
export interface SeatedMemberOrganizations {
  userId: string;
  organizationIds: string[];
}

/** Who sits on which evaluation committee, as the review engine asks it (`committee_members`). */
@Injectable()
export class CommitteeSeatRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every member's id, in id order; read in the caller's transaction when given one. */
  async memberIds(committeeId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      'SELECT user_id FROM committee_members WHERE committee_id = $1 ORDER BY user_id',
      [committeeId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Those of `userIds` who sit on the committee. */
  async membersAmong(committeeId: string, userIds: string[]): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      'SELECT user_id FROM committee_members WHERE committee_id = $1 AND user_id = ANY($2::uuid[])',
      [committeeId, userIds],
    );
    return rows.map((r) => r.user_id);
  }

  /** The seats with names: chair before members (by position), then by name. */
  async seats(committeeId: string): Promise<CommitteeSeat[]> {
    const rows: Array<{ user_id: string; display_name: string; position: string }> = await this.db.query(
      `SELECT m.user_id, u.display_name, m.position FROM committee_members m JOIN users u ON u.id = m.user_id
        WHERE m.committee_id = $1 ORDER BY m.position, u.display_name, m.user_id`,
      [committeeId],
    );
    return rows.map((m) => ({ userId: m.user_id, displayName: m.display_name, position: m.position }));
  }

  /** The user's position on the committee ('chair' or 'member'), or null when they do not sit on it. */
  async positionOf(committeeId: string, userId: string): Promise<string | null> {
    const [row]: Array<{ position: string }> = await this.db.query(
      'SELECT position FROM committee_members WHERE committee_id = $1 AND user_id = $2',
      [committeeId, userId],
    );
    return row?.position ?? null;
  }

  /** The committees the user sits on; with `position`, only those where they hold it. */
  async committeesOf(userId: string, position?: 'chair' | 'member'): Promise<string[]> {
    const rows: Array<{ committee_id: string }> = await this.db.query(
      'SELECT committee_id FROM committee_members WHERE user_id = $1 AND ($2::text IS NULL OR position = $2)',
      [userId, position ?? null],
    );
    return rows.map((r) => r.committee_id);
  }

  /** Each member of the committee with the organisations they hold roles in (none for committee-only members). */
  async memberOrganizations(committeeId: string): Promise<SeatedMemberOrganizations[]> {
    const rows: Array<{ user_id: string; organization_ids: string[] }> = await this.db.query(
      `SELECT cm.user_id, COALESCE(array_agg(m.organization_id) FILTER (WHERE m.organization_id IS NOT NULL), '{}') AS organization_ids
         FROM committee_members cm LEFT JOIN memberships m ON m.user_id = cm.user_id
        WHERE cm.committee_id = $1 GROUP BY cm.user_id`,
      [committeeId],
    );
    return rows.map((r) => ({ userId: r.user_id, organizationIds: r.organization_ids }));
  }
}
