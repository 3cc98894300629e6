import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What a proposal or a theme needs to know of an organisation. */
export interface OrganizationFacts {
  id: string;
  municipalityId: string;
  kind: 'group' | 'department' | 'intermediary';
}

/**
 * Reads of libs/identity's directory (organizations, activity_fields) that proposals and calls check references
 * against. A crossing not yet folded into identity's exported API (issue 16): kept here, typed, until it is.
 */
@Injectable()
export class DirectoryLookupRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async organization(id: string): Promise<OrganizationFacts | null> {
    const [row]: Array<{ id: string; municipality_id: string; kind: OrganizationFacts['kind'] }> = await this.db.query(
      'SELECT id, municipality_id, kind FROM organizations WHERE id = $1',
      [id],
    );
    return row ? { id: row.id, municipalityId: row.municipality_id, kind: row.kind } : null;
  }

  /** How many of `ids` are departments of the municipality. */
  async countDepartments(ids: string[], municipalityId: string): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await this.db.query(
      `SELECT count(*)::int AS count FROM organizations WHERE id = ANY($1::uuid[]) AND municipality_id = $2 AND kind = 'department'`,
      [ids, municipalityId],
    );
    return count;
  }

  /** The keys of the municipality's activity fields (活動分野). */
  async activityFieldKeys(municipalityId: string): Promise<string[]> {
    const rows: Array<{ key: string }> = await this.db.query(
      'SELECT key FROM activity_fields WHERE municipality_id = $1',
      [municipalityId],
    );
    return rows.map((r) => r.key);
  }
}
