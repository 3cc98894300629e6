import { Writable } from 'node:stream';
import type { INestApplicationContext } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import type { DataSource } from 'typeorm';
import { DisclosureModule, PublicService } from '@kyodo/disclosure';
import { PartnershipModule } from '@kyodo/partnership';
import { contextOn } from '@kyodo/persistence';
import { CallReportData, ReportsModule, writeReport } from '@kyodo/reports';
import { ReviewModule } from '@kyodo/review';
import type { SeededCall } from './disclosure-seed';

export interface Measured {
  ms: number;
  bytes: number;
  peakGrowthMb: number;
}

/** Counts bytes and throws them away: the measurement is the building, not the disk. */
function sink(): Writable & { bytes: number } {
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  out.bytes = 0;
  return out;
}

/** Wall time and the peak growth of the process's resident memory while `work` runs. */
async function measure(work: (out: Writable & { bytes: number }) => Promise<void>): Promise<Measured> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const out = sink();
  const started = performance.now();
  await work(out);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, bytes: out.bytes, peakGrowthMb: (peak - start) / 1024 / 1024 };
}

/** Runs `work` with the reports and the public reads as the worker and the API wire them, on the bench's data source. */
async function withServices<T>(dataSource: DataSource, work: (services: INestApplicationContext) => Promise<T>) {
  // PartnershipModule answers the proposals library's question about a predecessor's project (continuations).
  const services = await contextOn(dataSource, [ReviewModule, ReportsModule, DisclosureModule, PartnershipModule]);
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}

export async function workbookBench(dataSource: DataSource, call: SeededCall) {
  const kyodo = await withServices(dataSource, (services) => {
    const reports = services.get(CallReportData);
    return measure(async (out) => {
      const report = await reports.load(call.municipalityId, call.callId);
      await writeReport(reports, report!, 'call-workbook-xlsx', 'ja', null, out, new Date());
    });
  });
  // Baseline: read the same sheets with one plain query and nothing else.
  const baseline = await measure(async (out) => {
    const rows = await dataSource.query(
      `SELECT p.receipt_number, p.title, u.display_name, a.status, s.scores FROM review_assignments a
         JOIN proposals p ON p.id = a.proposal_id JOIN users u ON u.id = a.reviewer_id
         LEFT JOIN score_sheets s ON s.assignment_id = a.id WHERE a.call_id = $1`,
      [call.callId],
    );
    out.write(JSON.stringify(rows));
  });
  return { kyodo, baseline };
}

export async function csvBench(dataSource: DataSource, call: SeededCall) {
  const kyodo = await withServices(dataSource, (services) => {
    const service = services.get(PublicService);
    return measure(async (out) => {
      out.write((await service.openData({ callId: call.callId }, 'csv', { bom: true, encoding: 'utf-8' })).body);
    });
  });
  const baseline = await measure(async (out) => {
    const rows = await dataSource.query(`SELECT package FROM publications WHERE call_id = $1 AND kind = 'decision'`, [
      call.callId,
    ]);
    out.write(JSON.stringify(rows));
  });
  return { kyodo, baseline };
}

export async function summaryPdfBench(dataSource: DataSource, call: SeededCall) {
  const { report, kyodo } = await withServices(dataSource, async (services) => {
    const reports = services.get(CallReportData);
    const loaded = await reports.load(call.municipalityId, call.callId);
    const measured = await measure(async (out) => {
      await writeReport(reports, loaded!, 'call-summary-pdf', 'ja', null, out, new Date());
    });
    return { report: loaded, kyodo: measured };
  });
  // Baseline: bare pdfkit with the same embedded font writing one plain line per proposal.
  const { readFileSync } = await import('node:fs');
  const font = readFileSync(require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'));
  const baseline = await measure(async (out) => {
    const doc = new PDFDocument({ size: 'A4' });
    const done = new Promise((resolve) => out.on('finish', resolve));
    doc.pipe(out);
    doc.font(font).fontSize(8);
    for (const p of report!.proposals) doc.text(`${p.receiptNumber} ${p.title} ${p.organization}`);
    doc.end();
    await done;
  });
  return { kyodo, baseline };
}
