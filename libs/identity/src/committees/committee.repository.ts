import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CommitteeEntity } from './committee.entity';
import { CommitteeMemberEntity } from './committee-member.entity';

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

interface CommitteeRow {
  id: string;
  name_ja: string;
  name_en: string;
  /** json_agg: parsed by the pg driver, a string under some drivers. */
  members: DirectoryCommittee['members'] | string;
}

/** Evaluation committees and their members. */
@Injectable()
export class CommitteeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<CommitteeEntity | null> {
    return this.db.getRepository(CommitteeEntity).findOneBy({ id });
  }

  /**
   * The distinct seats on these committees — member's name, position, affiliation — by position, then name, in one
   * read: how a committee is named in what is disclosed (never beside a score).
   */
  async seatsOf(
    committeeIds: string[],
  ): Promise<Array<{ displayName: string; position: 'member' | 'chair'; affiliation: string | null }>> {
    if (committeeIds.length === 0) return [];
    const rows: Array<{ display_name: string; position: 'member' | 'chair'; affiliation: string | null }> =
      await this.db.query(
        `SELECT DISTINCT u.display_name, cm.position, cm.affiliation
           FROM committee_members cm JOIN users u ON u.id = cm.user_id
          WHERE cm.committee_id = ANY($1::uuid[]) ORDER BY cm.position, u.display_name`,
        [committeeIds],
      );
    return rows.map((r) => ({ displayName: r.display_name, position: r.position, affiliation: r.affiliation }));
  }

  async insert(manager: EntityManager, committee: CommitteeEntity): Promise<void> {
    await manager.insert(CommitteeEntity, committee);
  }

  async insertMember(manager: EntityManager, member: CommitteeMemberEntity): Promise<void> {
    await manager.insert(CommitteeMemberEntity, member);
  }

  /** Takes the user's seat off the committee; answers the position they held, or null when they held none. */
  async removeMember(manager: EntityManager, committeeId: string, userId: string): Promise<'member' | 'chair' | null> {
    const [rows]: [Array<{ position: 'member' | 'chair' }>, number] = await manager.query(
      'DELETE FROM committee_members WHERE committee_id = $1 AND user_id = $2 RETURNING position',
      [committeeId, userId],
    );
    return rows[0]?.position ?? null;
  }

  /** Whether the user still sits on some committee in this position (then the role stays). */
  async seatedAs(manager: EntityManager, userId: string, position: 'member' | 'chair'): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM committee_members WHERE user_id = $1 AND position = $2 LIMIT 1',
      [userId, position],
    );
    return rows.length > 0;
  }

  /** The committee's members, by user id. */
  async memberIds(committeeId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      'SELECT user_id FROM committee_members WHERE committee_id = $1 ORDER BY user_id',
      [committeeId],
    );
    return rows.map((r) => r.user_id);
  }

  /** The municipality's committees in the order they were created, each with its members, chair first. */
  async listWithMembers(municipalityId: string): Promise<DirectoryCommittee[]> {
    const rows: CommitteeRow[] = await this.db.query(
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
      id: r.id,
      nameJa: r.name_ja,
      nameEn: r.name_en,
      members: typeof r.members === 'string' ? JSON.parse(r.members) : r.members,
    }));
  }
}
