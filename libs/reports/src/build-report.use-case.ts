import { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { BlobStore } from '@kyodo/blobs';
import { type Agreement, AgreementDocuments } from '@kyodo/partnership';
import type { Locale } from '@kyodo/platform';
import type { JobPayloads } from '@kyodo/queues';
import { type CallReport, CallReportData } from './call-report-data';
import { writeAgreementPdf } from './pdf/agreement.pdf';
import { writeCallSummaryPdf } from './pdf/call-summary.pdf';
import { writeEvaluationSheetPdf } from './pdf/evaluation-sheet.pdf';
import { REPORT_FORMAT, type ReportKind } from './report-kinds';
import { ReportRepository } from './report.repository';
import { writeCallWorkbook } from './xlsx/call-workbook';

/** Writes one kind of report for a call to `out`; returns the file name people download it as. */
export async function writeReport(
  data: CallReportData,
  report: CallReport,
  kind: ReportKind,
  locale: Locale,
  proposalId: string | null,
  out: Writable,
  madeAt: Date,
  agreement: Agreement | null = null,
): Promise<string> {
  if (kind === 'call-summary-pdf') {
    await writeCallSummaryPdf(report, locale, madeAt, out);
    return `call-summary-${report.fiscalYear}.pdf`;
  }
  if (kind === 'call-workbook-xlsx') {
    await writeCallWorkbook(data, report, locale, out);
    return `call-workbook-${report.fiscalYear}.xlsx`;
  }
  const proposal = report.proposals.find((p) => p.id === proposalId);
  if (!proposal) throw new Error(`proposal ${proposalId} is not a submitted proposal of the call`);
  if (kind === 'agreement-pdf') {
    if (!agreement) throw new Error(`proposal ${proposalId} has no concluded agreement`);
    await writeAgreementPdf(
      { municipality: report.municipality.ja, projectTitle: proposal.title, agreement },
      locale,
      out,
    );
    return `agreement-${proposal.receiptNumber}.pdf`;
  }
  await writeEvaluationSheetPdf(data, report, proposal, locale, madeAt, out);
  return `evaluation-sheet-${proposal.receiptNumber}.pdf`;
}

/** Gathers what a writer writes, for the blob store (a report is a few megabytes at most). */
class Collected extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
}

/**
 * The worker's side of a report: build the file, store it in the blob store (PostgreSQL, which every API process
 * reaches: no shared disk), then mark the report ready with its size and hash. A rerun of the job rebuilds the same
 * bytes (the same blob) and finds the report ready.
 */
@Injectable()
export class BuildReport {
  constructor(
    private readonly reports: ReportRepository,
    private readonly data: CallReportData,
    private readonly agreements: AgreementDocuments,
    private readonly blobs: BlobStore,
  ) {}

  async execute(job: JobPayloads['report.build']): Promise<{ status: string }> {
    const row = await this.reports.find(job.municipalityId, job.reportId);
    if (!row || row.status !== 'queued') return { status: row?.status ?? 'missing' };
    const report = await this.data.load(job.municipalityId, row.callId);
    if (!report) return this.fail(row.id, 'the call no longer exists');
    const out = new Collected();
    const agreement =
      row.kind === 'agreement-pdf' && row.proposalId
        ? await this.agreements.concluded(job.municipalityId, row.proposalId)
        : null;
    // 作成日 is the day the report was asked for: a rerun of the job makes the same file.
    const fileName = await writeReport(
      this.data,
      report,
      row.kind,
      row.locale,
      row.proposalId,
      out,
      row.createdAt,
      agreement,
    );
    const stored = await this.blobs.put(Buffer.concat(out.chunks));
    await this.reports.markReady(row.id, {
      fileName,
      mediaType: REPORT_FORMAT[row.kind].mediaType,
      byteSize: stored.byteSize,
      sha256: stored.sha256,
    });
    return { status: 'ready' };
  }

  private async fail(id: string, reason: string) {
    await this.reports.markFailed(id, reason);
    return { status: 'failed' };
  }
}
