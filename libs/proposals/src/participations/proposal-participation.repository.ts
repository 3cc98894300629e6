import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@kyodo/platform';
import { DataSource } from 'typeorm';

/** How an organisation of the caller takes part in a proposal. */
export type ParticipationRole = 'owner' | 'partnerDepartment' | 'partnerGroup';

/** A proposal an organisation of the caller takes part in, with what a questionnaire needs of it. */
export interface ProposalParticipation {
  proposalId: string;
  title: string;
  state: string;
  role: ParticipationRole;
  /** 実施年度 of the proposal's call. */
  fiscalYear: number;
  /** 募集年度 of the proposal's call. */
  recruitmentFiscalYear: number;
}

interface ParticipationRow {
  id: string;
  title: string;
  state: string;
  role: ParticipationRole;
  fiscal_year: number;
  recruitment_fiscal_year: number;
}

/**
 * The proposals the caller's organisations take part in — as the proposer, a partner department, or a partner group
 * of a department's proposal — past their draft. Asked by libs/feedback (the scheme's own questionnaire).
 */
@Injectable()
export class ProposalParticipationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(actor: Actor): Promise<ProposalParticipation[]> {
    const organizations = actor.memberships.flatMap((m) => (m.organizationId ? [m.organizationId] : []));
    if (!actor.municipalityId || organizations.length === 0) return [];
    const rows: ParticipationRow[] = await this.db.query(
      `SELECT p.id, p.title, p.state, c.fiscal_year, c.recruitment_fiscal_year,
              CASE WHEN p.organization_id = ANY($2::uuid[]) THEN 'owner'
                   WHEN p.partner_department_ids && $2::uuid[] THEN 'partnerDepartment'
                   ELSE 'partnerGroup' END AS role
         FROM proposals p JOIN calls c ON c.id = p.call_id
        WHERE p.municipality_id = $1 AND p.state <> 'draft'
          AND (p.organization_id = ANY($2::uuid[]) OR p.partner_department_ids && $2::uuid[]
               OR p.partner_group_ids && $2::uuid[])
        ORDER BY p.created_at, p.id
        LIMIT 500`,
      [actor.municipalityId, organizations],
    );
    return rows.map((row) => ({
      proposalId: row.id,
      title: row.title,
      state: row.state,
      role: row.role,
      fiscalYear: row.fiscal_year,
      recruitmentFiscalYear: row.recruitment_fiscal_year,
    }));
  }
}
