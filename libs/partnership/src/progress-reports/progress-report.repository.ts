import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadDataSource, type ReadFrom } from '@kyodo/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import type { KpiActual, Party, ProgressReport, ProgressReportStatus } from './progress-report';

interface ProgressReportRow {
  id: string;
  proposal_id: string;
  reporter_party: Party;
  reported_by: string;
  period_from: string;
  period_to: string;
  summary: string;
  kpi_actuals: KpiActual[];
  status: ProgressReportStatus;
  review_note: string | null;
  reviewed_at: Date | null;
  created_at: Date;
}

export interface NewProgressReport {
  id: string;
  municipalityId: string;
  proposalId: string;
  reporterParty: Party;
  reportedBy: string;
  periodFrom: string;
  periodTo: string;
  summary: string;
  kpiActuals: KpiActual[];
}

const COLUMNS = `id, proposal_id, reporter_party, reported_by, to_char(period_from, 'YYYY-MM-DD') AS period_from,
  to_char(period_to, 'YYYY-MM-DD') AS period_to, summary, kpi_actuals, status, review_note, reviewed_at, created_at`;

function toReport(row: ProgressReportRow): ProgressReport {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    reporterParty: row.reporter_party,
    reportedBy: row.reported_by,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    summary: row.summary,
    kpiActuals: row.kpi_actuals,
    status: row.status,
    reviewNote: row.review_note,
    reviewedAt: row.reviewed_at ? row.reviewed_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The progress_reports table. */
@Injectable()
export class ProgressReportRepository {
  private readonly reads: ReadDataSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Where the public reads go (the read replica when one is set); built by hand, every read is on `db`. */
    @Inject(ReadDataSource) reads?: ReadDataSource,
  ) {
    this.reads = reads ?? ReadDataSource.primaryOnly(db);
  }

  /** A proposal's reports, oldest first. */
  async listFor(municipalityId: string, proposalId: string, from: ReadFrom = 'primary'): Promise<ProgressReport[]> {
    const rows: ProgressReportRow[] = await this.reads
      .of(from)
      .query(
        `SELECT ${COLUMNS} FROM progress_reports WHERE proposal_id = $1 AND municipality_id = $2 ORDER BY created_at, id`,
        [proposalId, municipalityId],
      );
    return rows.map(toReport);
  }

  async find(municipalityId: string, proposalId: string, id: string): Promise<ProgressReport | null> {
    const [row]: ProgressReportRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM progress_reports WHERE id = $1 AND proposal_id = $2 AND municipality_id = $3`,
      [id, proposalId, municipalityId],
    );
    return row ? toReport(row) : null;
  }

  async insert(report: NewProgressReport): Promise<void> {
    await this.db.query(
      `INSERT INTO progress_reports (id, municipality_id, proposal_id, reporter_party, reported_by, period_from,
              period_to, summary, kpi_actuals, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, 'submitted')`,
      [
        report.id,
        report.municipalityId,
        report.proposalId,
        report.reporterParty,
        report.reportedBy,
        report.periodFrom,
        report.periodTo,
        report.summary,
        JSON.stringify(report.kpiActuals),
      ],
    );
  }

  /** Takes back a report whose REPORT_PROGRESS event the lifecycle then refused. */
  async discard(id: string): Promise<void> {
    await this.db.query(`DELETE FROM progress_reports WHERE id = $1 AND status = 'submitted'`, [id]);
  }

  /** Accepts or returns a submitted report, in the caller's transaction; false when it is no longer submitted. */
  async review(
    manager: EntityManager,
    id: string,
    status: Exclude<ProgressReportStatus, 'submitted'>,
    note: string | null,
    by: string,
    at: Date,
  ): Promise<boolean> {
    // TypeORM answers an UPDATE on PostgreSQL as [rows, affected].
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE progress_reports SET status = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5
        WHERE id = $1 AND status = 'submitted'`,
      [id, status, note, by, at],
    );
    return affected > 0;
  }
}
