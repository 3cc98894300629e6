import type { Writable } from 'node:stream';
import { fiscalYearLabel, type Locale, warekiFiscalYear } from '@kyodo/platform';
import type { CallReport } from '../call-report-data';
import { decisionText, points, stageHeader, t } from '../report-text';
import { type Column, ReportPdf } from './report-pdf';

/** 審査結果一覧: the call's proposals with each stage's total, rank and decision, as handed to the mayor. */
export async function writeCallSummaryPdf(
  report: CallReport,
  locale: Locale,
  madeAt: Date,
  out: Writable,
): Promise<void> {
  const heading = t('callSummary', locale);
  const pdf = new ReportPdf(out, `${heading} ${report.title[locale]}`, `${report.municipality[locale]} ${heading}`);
  pdf.madeOn(madeAt, locale);
  pdf.title(heading, `${report.municipality[locale]}　${report.title[locale]}`);
  const adopted = report.proposals.filter((p) => p.decision === 'adopted' || p.decision === 'adoptedWithConditions');
  pdf.fields([
    [t('municipality', locale), report.municipality[locale]],
    [t('call', locale), report.title[locale]],
    [t('fiscalYear', locale), fiscalYearText(report.fiscalYear, locale)],
    [t('proposals', locale), String(report.proposals.length)],
    [t('adopted', locale), String(adopted.length)],
  ]);
  const stageWidth = report.stages.length + (report.combined ? 1 : 0) > 2 ? 44 : 52;
  const columns: Column[] = [
    { header: t('rank', locale), width: 30, align: 'right' },
    { header: t('receipt', locale), width: 62 },
    { header: t('title', locale), width: 0 },
    { header: t('organization', locale), width: 90 },
    ...report.stages.map((s) => ({
      header: stageHeader(s.stage, s.fullMarks, locale),
      width: stageWidth,
      align: 'right' as const,
    })),
    ...(report.combined ? [{ header: t('combined', locale), width: stageWidth, align: 'right' as const }] : []),
    { header: t('decision', locale), width: 58 },
  ];
  columns[2]!.width = 515 - columns.reduce((sum, c) => sum + c.width, 0);
  const last = report.stages[report.stages.length - 1];
  pdf.table(
    columns,
    report.proposals.map((p) => {
      const combined = report.combined?.get(p.id);
      const rank = report.combined ? combined?.rank : last?.results.get(p.id)?.rank;
      return [
        rank ? String(rank) : '',
        p.receiptNumber,
        p.title,
        p.organization,
        // On the rubric's own full marks as the call displays it; the 100-point conversion beneath where the call asks.
        ...report.stages.map((s) => {
          const display = s.results.get(p.id)?.display;
          if (!display) return '';
          return display.onHundred
            ? `${display.total}\n(${t('onHundred', locale)} ${display.onHundred})`
            : display.total;
        }),
        ...(report.combined ? [points(combined?.combined)] : []),
        decisionText(p.decision, locale),
      ];
    }),
  );
  pdf.paragraph(t('rounding', locale), 8);
  if (report.stages.some((s) => [...s.results.values()].some((r) => r.display.roundingNote)))
    pdf.paragraph(t('roundingNote', locale), 8);
  await pdf.end();
}

/** 年度 on an official document: 令和8年度 (English: FY2026, 令和8年度). */
export function fiscalYearText(fiscalYear: number, locale: Locale): string {
  return locale === 'ja'
    ? warekiFiscalYear(fiscalYear)
    : `${fiscalYearLabel(fiscalYear, 'en')} (${warekiFiscalYear(fiscalYear)})`;
}
