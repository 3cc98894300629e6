import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PartnershipForm } from '@kyodo/platform';
import type { PlanTerms } from '../plan-changes/plan-change';
import type { Agreement, AgreementSignatory, AgreementTerms } from './agreement';

interface AgreementRow {
  id: string;
  proposal_id: string;
  group_organization_id: string | null;
  group_name: string;
  department_organization_id: string | null;
  department_name: string;
  parties: AgreementSignatory[] | null;
  term_start: string;
  term_end: string;
  role_sharing: string;
  information_sharing: string;
  cost_sharing: string;
  granted_amount: string;
  partnership_form: PartnershipForm;
  form_number: string;
  made_on: string;
  concluded_at: Date | null;
  concluded_by: string | null;
}

// Dates as the ISO day they are, never through a Date (which would shift them by the server's zone).
const COLUMNS = `id, proposal_id, group_organization_id, group_name, department_organization_id, department_name, parties,
  to_char(term_start, 'YYYY-MM-DD') AS term_start, to_char(term_end, 'YYYY-MM-DD') AS term_end, role_sharing,
  information_sharing, cost_sharing, granted_amount, partnership_form, form_number,
  to_char(made_on, 'YYYY-MM-DD') AS made_on, concluded_at, concluded_by`;

function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    group: { organizationId: row.group_organization_id, name: row.group_name },
    department: { organizationId: row.department_organization_id, name: row.department_name },
    parties: row.parties ?? [],
    termStart: row.term_start,
    termEnd: row.term_end,
    roleSharing: row.role_sharing,
    informationSharing: row.information_sharing,
    costSharing: row.cost_sharing,
    grantedAmount: Number(row.granted_amount),
    partnershipForm: row.partnership_form,
    formNumber: row.form_number,
    madeOn: row.made_on,
    concludedAt: row.concluded_at ? row.concluded_at.toISOString() : null,
    concludedBy: row.concluded_by,
  };
}

/** The agreements table. */
@Injectable()
export class AgreementRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByProposal(municipalityId: string, proposalId: string): Promise<Agreement | null> {
    const [row]: AgreementRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM agreements WHERE proposal_id = $1 AND municipality_id = $2`,
      [proposalId, municipalityId],
    );
    return row ? toAgreement(row) : null;
  }

  /**
   * Writes the terms of a proposal's agreement not yet concluded (a second attempt replaces the first's terms).
   * Answers the row's id, or null when the proposal's agreement is concluded already and so is left as it is.
   */
  async writeUnconcluded(
    id: string,
    municipalityId: string,
    proposalId: string,
    terms: AgreementTerms,
  ): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO agreements (id, municipality_id, proposal_id, group_organization_id, group_name,
              department_organization_id, department_name, term_start, term_end, role_sharing, information_sharing,
              cost_sharing, granted_amount, partnership_form, form_number, made_on, parties)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb)
       ON CONFLICT (proposal_id) DO UPDATE SET
         group_organization_id = EXCLUDED.group_organization_id, group_name = EXCLUDED.group_name,
         department_organization_id = EXCLUDED.department_organization_id, department_name = EXCLUDED.department_name,
         term_start = EXCLUDED.term_start, term_end = EXCLUDED.term_end, role_sharing = EXCLUDED.role_sharing,
         information_sharing = EXCLUDED.information_sharing, cost_sharing = EXCLUDED.cost_sharing,
         granted_amount = EXCLUDED.granted_amount, partnership_form = EXCLUDED.partnership_form,
         form_number = EXCLUDED.form_number, made_on = EXCLUDED.made_on, parties = EXCLUDED.parties,
         updated_at = now()
       WHERE agreements.concluded_at IS NULL
       RETURNING id`,
      [
        id,
        municipalityId,
        proposalId,
        terms.group.organizationId,
        terms.group.name,
        terms.department.organizationId,
        terms.department.name,
        terms.termStart,
        terms.termEnd,
        terms.roleSharing,
        terms.informationSharing,
        terms.costSharing,
        terms.grantedAmount,
        terms.partnershipForm,
        terms.formNumber,
        terms.madeOn,
        JSON.stringify(terms.parties),
      ],
    );
    return rows[0]?.id ?? null;
  }

  async markConcluded(id: string, by: string, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE agreements SET concluded_at = $2, concluded_by = $3, updated_at = now() WHERE id = $1 AND concluded_at IS NULL`,
      [id, at, by],
    );
  }

  /** The concluded agreement of a proposal, locked for the caller's transaction (a plan change applies to it). */
  async lockConcluded(manager: EntityManager, municipalityId: string, proposalId: string): Promise<Agreement | null> {
    const [row]: AgreementRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM agreements
        WHERE proposal_id = $1 AND municipality_id = $2 AND concluded_at IS NOT NULL FOR UPDATE`,
      [proposalId, municipalityId],
    );
    return row ? toAgreement(row) : null;
  }

  /** Sets the terms an approved plan change changes (each one given), in the caller's transaction. */
  async applyPlanTerms(manager: EntityManager, id: string, terms: PlanTerms): Promise<void> {
    await manager.query(
      `UPDATE agreements SET term_start = COALESCE($2::date, term_start), term_end = COALESCE($3::date, term_end),
              role_sharing = COALESCE($4, role_sharing), cost_sharing = COALESCE($5, cost_sharing),
              granted_amount = COALESCE($6::bigint, granted_amount), updated_at = now()
        WHERE id = $1`,
      [
        id,
        terms.termStart ?? null,
        terms.termEnd ?? null,
        terms.roleSharing ?? null,
        terms.costSharing ?? null,
        terms.grantedAmount ?? null,
      ],
    );
  }

  /** Takes back terms written for an event the lifecycle then refused (never a concluded agreement). */
  async discardUnconcluded(id: string): Promise<void> {
    await this.db.query('DELETE FROM agreements WHERE id = $1 AND concluded_at IS NULL', [id]);
  }
}
