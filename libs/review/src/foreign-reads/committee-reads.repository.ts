import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface CommitteeSeat {
  userId: string;
  displayName: string;
  position: string;
}

/**
 * What review reads of committees and their members. Those tables belong to libs/identity: these reads wait here,
 * named, until its API answers them (issue 16, CROSSINGS_NOT_YET_FOLDED).
 */
@Injectable()
export class CommitteeReadsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The committee's municipality, or null when there is no such committee. */
  async municipalityOf(committeeId: string): Promise<string | null> {
    const [row]: Array<{ municipality_id: string }> = await this.db.query(
      'SELECT municipality_id FROM committees WHERE id = $1',
      [committeeId],
    );
    return row?.municipality_id ?? null;
  }

  /** Every member's id, in id order. */
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
}
