import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import type { DataSource } from 'typeorm';

/**
 * A submitted proposal of an organisation as the partnership memory (協働の記録) reads it: who proposed it with whom,
 * its fiscal year, and what its machine recorded of the decision (講評), the end-of-term verdict and the partners'
 * self-evaluation scores. Never its content, never who recorded what.
 */
export interface PartnershipHistoryRow {
  id: string;
  callId: string;
  fiscalYear: number;
  title: string;
  receiptNumber: string | null;
  origin: 'group' | 'department';
  organizationId: string;
  partnerDepartmentIds: string[];
  partnerGroupIds: string[];
  state: string;
  decision: { outcome: string; reason: string; at: string } | null;
  assessment: { verdict: string; comment: string; at: string } | null;
  selfEvaluationScores: {
    group: Record<string, number> | null;
    department: Record<string, number> | null;
  };
}

/** The proposals an organisation took part in, as the partnership memory reads them (its own file: ProposalRepository is long). */
@Injectable()
export class PartnershipHistoryRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /**
   * The municipality's submitted proposals (never a draft) in which any of the organisations takes part — as the
   * proposer, a partner department or a partner group — by fiscal year, then receipt number. The partnership memory
   * reads them; the caller has checked who may see what.
   */
  async involving(
    municipalityId: string,
    organizationIds: string[],
    from: ReadFrom = 'primary',
  ): Promise<PartnershipHistoryRow[]> {
    if (organizationIds.length === 0) return [];
    const rows: Array<{
      id: string;
      call_id: string;
      fiscal_year: number;
      title: string;
      receipt_number: string | null;
      origin: 'group' | 'department';
      organization_id: string;
      partner_department_ids: string[] | null;
      partner_group_ids: string[] | null;
      state: string;
      decision: PartnershipHistoryRow['decision'];
      assessment: PartnershipHistoryRow['assessment'];
      group_scores: Record<string, number> | null;
      department_scores: Record<string, number> | null;
    }> = await this.reads.of(from).query(
      `SELECT p.id, p.call_id, c.fiscal_year, p.title, p.receipt_number, p.origin, p.organization_id,
              p.partner_department_ids, p.partner_group_ids, p.state,
              p.snapshot #> '{context,decision}' AS decision, p.snapshot #> '{context,assessment}' AS assessment,
              p.snapshot #> '{context,selfEvaluations,group,scores}' AS group_scores,
              p.snapshot #> '{context,selfEvaluations,department,scores}' AS department_scores
         FROM proposals p JOIN calls c ON c.id = p.call_id
        WHERE p.municipality_id = $1 AND p.state <> 'draft'
          AND (p.organization_id = ANY($2::uuid[]) OR p.partner_department_ids && $2::uuid[]
               OR p.partner_group_ids && $2::uuid[])
        ORDER BY c.fiscal_year DESC, p.receipt_number NULLS LAST, p.id`,
      [municipalityId, organizationIds],
    );
    return rows.map((r) => ({
      id: r.id,
      callId: r.call_id,
      fiscalYear: r.fiscal_year,
      title: r.title,
      receiptNumber: r.receipt_number,
      origin: r.origin,
      organizationId: r.organization_id,
      partnerDepartmentIds: r.partner_department_ids ?? [],
      partnerGroupIds: r.partner_group_ids ?? [],
      state: r.state,
      decision: r.decision ? { outcome: r.decision.outcome, reason: r.decision.reason, at: r.decision.at } : null,
      assessment: r.assessment
        ? { verdict: r.assessment.verdict, comment: r.assessment.comment, at: r.assessment.at }
        : null,
      selfEvaluationScores: { group: r.group_scores, department: r.department_scores },
    }));
  }
}
