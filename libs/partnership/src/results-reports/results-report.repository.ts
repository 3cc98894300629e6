import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { KpiActual } from '../progress-reports/progress-report';
import { type AccountLine, type ResultsReport, type ResultsReportStatus, settle } from './results-report';

interface ResultsReportRow {
  id: string;
  proposal_id: string;
  reported_by: string;
  summary: string;
  kpi_actuals: KpiActual[];
  accounts: AccountLine[];
  granted_amount: string;
  used_amount: string;
  status: ResultsReportStatus;
  review_note: string | null;
  reviewed_at: Date | null;
  created_at: Date;
}

export interface NewResultsReport {
  id: string;
  municipalityId: string;
  proposalId: string;
  reportedBy: string;
  summary: string;
  kpiActuals: KpiActual[];
  accounts: AccountLine[];
  grantedAmount: number;
  usedAmount: number;
}

const COLUMNS = `id, proposal_id, reported_by, summary, kpi_actuals, accounts, granted_amount, used_amount, status,
  review_note, reviewed_at, created_at`;

function toReport(row: ResultsReportRow): ResultsReport {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    reportedBy: row.reported_by,
    summary: row.summary,
    kpiActuals: row.kpi_actuals,
    accounts: row.accounts,
    ...settle(row.accounts, Number(row.granted_amount), Number(row.used_amount)),
    status: row.status,
    reviewNote: row.review_note,
    reviewedAt: row.reviewed_at ? row.reviewed_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The results_reports table. */
@Injectable()
export class ResultsReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A proposal's results reports, oldest first. */
  async listFor(municipalityId: string, proposalId: string): Promise<ResultsReport[]> {
    const rows: ResultsReportRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM results_reports WHERE proposal_id = $1 AND municipality_id = $2 ORDER BY created_at, id`,
      [proposalId, municipalityId],
    );
    return rows.map(toReport);
  }

  async find(municipalityId: string, proposalId: string, id: string): Promise<ResultsReport | null> {
    const [row]: ResultsReportRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM results_reports WHERE id = $1 AND proposal_id = $2 AND municipality_id = $3`,
      [id, proposalId, municipalityId],
    );
    return row ? toReport(row) : null;
  }

  /**
   * Writes a report with its computed totals, in the caller's transaction; false when another report of the
   * proposal is awaiting review or accepted (the partial unique index).
   */
  async insert(manager: EntityManager, report: NewResultsReport): Promise<boolean> {
    const totals = settle(report.accounts, report.grantedAmount, report.usedAmount);
    const rows: unknown[] = await manager.query(
      `INSERT INTO results_reports (id, municipality_id, proposal_id, reported_by, summary, kpi_actuals, accounts,
              income_total, expense_total, granted_amount, used_amount, return_amount, status)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11, $12, 'submitted')
       ON CONFLICT (proposal_id) WHERE status IN ('submitted', 'accepted') DO NOTHING
       RETURNING id`,
      [
        report.id,
        report.municipalityId,
        report.proposalId,
        report.reportedBy,
        report.summary,
        JSON.stringify(report.kpiActuals),
        JSON.stringify(report.accounts),
        totals.incomeTotal,
        totals.expenseTotal,
        totals.grantedAmount,
        totals.usedAmount,
        totals.returnAmount,
      ],
    );
    return rows.length > 0;
  }

  /** Accepts or returns a submitted report, in the caller's transaction; false when it is no longer submitted. */
  async review(
    manager: EntityManager,
    id: string,
    status: Exclude<ResultsReportStatus, 'submitted'>,
    note: string | null,
    by: string,
    at: Date,
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE results_reports SET status = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5
        WHERE id = $1 AND status = 'submitted'`,
      [id, status, note, by, at],
    );
    return affected > 0;
  }
}
