import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { Clock, Locale } from '@kyodo/platform';
import type { JobPayloads } from '@kyodo/queues';
import { type CallReport, loadCallReport } from './call-report-data';
import { writeCallSummaryPdf } from './pdf/call-summary.pdf';
import { writeEvaluationSheetPdf } from './pdf/evaluation-sheet.pdf';
import { REPORT_FORMAT, type ReportKind } from './report-kinds';
import { reportPath } from './report-storage';
import { writeCallWorkbook } from './xlsx/call-workbook';

/** Writes one kind of report for a call to `out`; returns the file name people download it as. */
export async function writeReport(
  dataSource: DataSource,
  report: CallReport,
  kind: ReportKind,
  locale: Locale,
  proposalId: string | null,
  out: Writable,
): Promise<string> {
  if (kind === 'call-summary-pdf') {
    await writeCallSummaryPdf(report, locale, out);
    return `call-summary-${report.fiscalYear}.pdf`;
  }
  if (kind === 'call-workbook-xlsx') {
    await writeCallWorkbook(dataSource, report, locale, out);
    return `call-workbook-${report.fiscalYear}.xlsx`;
  }
  const proposal = report.proposals.find((p) => p.id === proposalId);
  if (!proposal) throw new Error(`proposal ${proposalId} is not a submitted proposal of the call`);
  await writeEvaluationSheetPdf(dataSource, report, proposal, locale, out);
  return `evaluation-sheet-${proposal.receiptNumber}.pdf`;
}

/**
 * The worker's side of a report: build the file into a temporary name,
 * move it into place, then mark the report ready with its size and hash.
 * A rerun of the job rebuilds the same bytes and finds the report ready.
 */
export class BuildReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly dataDir: string,
  ) {}

  async execute(job: JobPayloads['report.build']): Promise<{ status: string }> {
    const [row] = await this.dataSource.query(
      'SELECT id, kind, call_id, proposal_id, locale, status FROM reports WHERE id = $1 AND municipality_id = $2',
      [job.reportId, job.municipalityId],
    );
    if (!row || row.status !== 'queued') return { status: row?.status ?? 'missing' };
    const report = await loadCallReport(this.dataSource, this.clock, job.municipalityId, row.call_id);
    if (!report) return this.fail(row.id, 'the call no longer exists');
    const path = reportPath(this.dataDir, row.id, row.kind);
    const partial = `${path}.${randomUUID()}.part`;
    await mkdir(dirname(path), { recursive: true });
    try {
      const out = createWriteStream(partial);
      const fileName = await writeReport(this.dataSource, report, row.kind, row.locale, row.proposal_id, out);
      await rename(partial, path);
      const { size } = await stat(path);
      const sha256 = await hashFile(path);
      await this.dataSource.query(
        `UPDATE reports SET status = 'ready', file_name = $2, media_type = $3, byte_size = $4, sha256 = $5, finished_at = now()
          WHERE id = $1 AND status = 'queued'`,
        [row.id, fileName, REPORT_FORMAT[row.kind as ReportKind].mediaType, size, sha256],
      );
      return { status: 'ready' };
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  private async fail(id: string, reason: string) {
    await this.dataSource.query(
      `UPDATE reports SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'queued'`,
      [id, reason],
    );
    return { status: 'failed' };
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
