import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 協定書 (agreement-pdf) is a report of its own kind, written for one proposal like the evaluation sheet. */
export class AgreementReportKind1764817100000 implements MigrationInterface {
  name = 'AgreementReportKind1764817100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports DROP CONSTRAINT reports_kind_check`);
    await q.query(`ALTER TABLE reports ADD CONSTRAINT reports_kind_check
      CHECK (kind IN ('call-summary-pdf', 'evaluation-sheet-pdf', 'call-workbook-xlsx', 'agreement-pdf'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM reports WHERE kind = 'agreement-pdf'`);
    await q.query(`ALTER TABLE reports DROP CONSTRAINT reports_kind_check`);
    await q.query(`ALTER TABLE reports ADD CONSTRAINT reports_kind_check
      CHECK (kind IN ('call-summary-pdf', 'evaluation-sheet-pdf', 'call-workbook-xlsx'))`);
  }
}
