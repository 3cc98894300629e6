import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface NamedOrganization {
  ja: string;
  en: string;
}

export interface CommitteeSeat {
  name: string;
  position: string;
  affiliation: string | null;
}

/**
 * What a disclosure shows of other libraries' tables: municipalities, organisations and activity fields
 * (libs/identity), a committee as named on its sessions (libs/review, libs/identity), and a proposal's status
 * changes (libs/audit). Crossings not yet folded into those libraries' exported APIs (issue 16): kept here,
 * typed, until they are.
 */
@Injectable()
export class PublicDirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The municipalities this deployment hosts: code and names only. */
  municipalities(): Promise<Array<{ code: string; nameJa: string; nameEn: string }>> {
    return this.db.query(
      'SELECT code, name_ja AS "nameJa", name_en AS "nameEn" FROM municipalities ORDER BY name_ja, code',
    );
  }

  async municipalityIdByCode(code: string): Promise<string | null> {
    const [row]: Array<{ id: string }> = await this.db.query('SELECT id FROM municipalities WHERE code = $1', [code]);
    return row ? row.id : null;
  }

  /** Whether the municipality names its committee in what it discloses. */
  async namesCommittee(municipalityId: string): Promise<boolean> {
    const [row]: Array<{ names_committee: boolean }> = await this.db.query(
      'SELECT names_committee FROM municipalities WHERE id = $1',
      [municipalityId],
    );
    return row?.names_committee ?? false;
  }

  async organization(id: string): Promise<NamedOrganization | null> {
    const [row]: Array<{ name_ja: string; name_en: string }> = await this.db.query(
      'SELECT name_ja, name_en FROM organizations WHERE id = $1',
      [id],
    );
    return row ? { ja: row.name_ja, en: row.name_en } : null;
  }

  /** The named organisations, ordered by their Japanese name. */
  async organizations(ids: string[]): Promise<NamedOrganization[]> {
    const rows: Array<{ name_ja: string; name_en: string }> = await this.db.query(
      'SELECT name_ja, name_en FROM organizations WHERE id = ANY($1::uuid[]) ORDER BY name_ja',
      [ids],
    );
    return rows.map((r) => ({ ja: r.name_ja, en: r.name_en }));
  }

  /** The committee that evaluated the proposal, by name and affiliation — never beside a score. */
  async committeeOf(proposalId: string): Promise<CommitteeSeat[]> {
    const rows: Array<{ display_name: string; position: string; affiliation: string | null }> = await this.db.query(
      `SELECT DISTINCT u.display_name, cm.position, cm.affiliation
         FROM evaluation_sessions s JOIN committee_members cm ON cm.committee_id = s.committee_id JOIN users u ON u.id = cm.user_id
        WHERE s.agenda @> $1::jsonb ORDER BY cm.position, u.display_name`,
      [JSON.stringify([{ proposalId }])],
    );
    return rows.map((r) => ({ name: r.display_name, position: r.position, affiliation: r.affiliation }));
  }

  /** The proposal's status changes, from its audit stream, oldest first. */
  async statusHistory(proposalId: string): Promise<Array<{ state: string; at: Date }>> {
    return this.db.query(
      `SELECT after->>'state' AS state, at FROM audit_events
        WHERE stream = $1 AND before ? 'state' AND after ? 'state' AND before->>'state' IS DISTINCT FROM after->>'state' ORDER BY seq`,
      [`proposal:${proposalId}`],
    );
  }

  /** Per activity field of the municipality, in its order: how many latest decisions name it. */
  disclosedByActivityField(
    municipalityId: string,
  ): Promise<Array<{ key: string; labelJa: string; labelEn: string; disclosed: number }>> {
    return this.db.query(
      `SELECT f.key, f.label_ja AS "labelJa", f.label_en AS "labelEn", count(pub.proposal_id)::int AS disclosed
         FROM activity_fields f LEFT JOIN (SELECT DISTINCT ON (proposal_id) proposal_id, package FROM publications
                WHERE municipality_id = $1 AND kind = 'decision' ORDER BY proposal_id, version DESC) pub
           ON pub.package->'proposal'->'activityFields' ? f.key
        WHERE f.municipality_id = $1 GROUP BY f.key, f.label_ja, f.label_en, f.position ORDER BY f.position`,
      [municipalityId],
    );
  }
}
