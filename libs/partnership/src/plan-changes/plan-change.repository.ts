import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import type { Party } from '../progress-reports/progress-report';
import type { AppliedPlanChange, PlanChange, PlanChangeKind, PlanChangeStatus, PlanTerms } from './plan-change';

interface PlanChangeRow {
  id: string;
  proposal_id: string;
  requester_party: Party;
  requested_by: string;
  kinds: PlanChangeKind[];
  reason: string;
  description: string;
  budget_total: string | null;
  terms: PlanTerms;
  applied: AppliedPlanChange | null;
  status: PlanChangeStatus;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: Date;
}

export interface NewPlanChange {
  id: string;
  municipalityId: string;
  proposalId: string;
  requesterParty: Party;
  requestedBy: string;
  kinds: PlanChangeKind[];
  reason: string;
  description: string;
  budgetTotal: number | null;
  terms: PlanTerms;
}

const COLUMNS = `id, proposal_id, requester_party, requested_by, kinds, reason, description, budget_total, terms, applied,
  status, review_note, reviewed_by, reviewed_at, created_at`;

function toPlanChange(row: PlanChangeRow): PlanChange {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    requesterParty: row.requester_party,
    requestedBy: row.requested_by,
    kinds: row.kinds,
    reason: row.reason,
    description: row.description,
    budgetTotal: row.budget_total === null ? null : Number(row.budget_total),
    terms: row.terms,
    applied: row.applied,
    status: row.status,
    reviewNote: row.review_note,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at ? row.reviewed_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The plan_changes table. */
@Injectable()
export class PlanChangeRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /** A proposal's plan change requests, oldest first; in a transaction when given its manager. */
  async listFor(
    municipalityId: string,
    proposalId: string,
    manager?: EntityManager,
    from: ReadFrom = 'primary',
  ): Promise<PlanChange[]> {
    const rows: PlanChangeRow[] = await (manager ?? this.reads.of(from)).query(
      `SELECT ${COLUMNS} FROM plan_changes WHERE proposal_id = $1 AND municipality_id = $2 ORDER BY created_at, id`,
      [proposalId, municipalityId],
    );
    return rows.map(toPlanChange);
  }

  async find(municipalityId: string, proposalId: string, id: string): Promise<PlanChange | null> {
    const [row]: PlanChangeRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM plan_changes WHERE id = $1 AND proposal_id = $2 AND municipality_id = $3`,
      [id, proposalId, municipalityId],
    );
    return row ? toPlanChange(row) : null;
  }

  /** Writes a request, in the caller's transaction. */
  async insert(manager: EntityManager, change: NewPlanChange): Promise<void> {
    await manager.query(
      `INSERT INTO plan_changes (id, municipality_id, proposal_id, requester_party, requested_by, kinds, reason,
              description, budget_total, terms, status)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10::jsonb, 'submitted')`,
      [
        change.id,
        change.municipalityId,
        change.proposalId,
        change.requesterParty,
        change.requestedBy,
        change.kinds,
        change.reason,
        change.description,
        change.budgetTotal,
        JSON.stringify(change.terms),
      ],
    );
  }

  /**
   * Approves (with what the approval changed) or returns a submitted request, in the caller's transaction; false when
   * it is no longer submitted.
   */
  async review(
    manager: EntityManager,
    id: string,
    status: Exclude<PlanChangeStatus, 'submitted'>,
    note: string | null,
    by: string,
    at: Date,
    applied: AppliedPlanChange | null,
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE plan_changes SET status = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5, applied = $6::jsonb
        WHERE id = $1 AND status = 'submitted'`,
      [id, status, note, by, at, applied === null ? null : JSON.stringify(applied)],
    );
    return affected > 0;
  }
}
