import type { Writable } from 'node:stream';
import { englishOr, type Locale } from '@kyodo/platform';
import type { CallReport, CallReportData } from '../call-report-data';
import { decisionText, sheetStatusText, stageHeader, t } from '../report-text';
import { type Cell, XlsxWriter } from './xlsx-writer';
import { tieBreakNote } from '@kyodo/review';

/**
 * The secretariat's workbook for a call: a results sheet (one row per
 * proposal: each stage's total, combined score, rank, decision, flags), then
 * one sheet per stage with every reviewer's sheet and its scores. The stage
 * sheets are streamed from the database page by page.
 */
export async function writeCallWorkbook(
  data: CallReportData,
  report: CallReport,
  locale: Locale,
  out: Writable,
): Promise<void> {
  const book = new XlsxWriter(out);
  const label = (c: { labelJa: string; labelEn: string }) =>
    locale === 'ja' ? c.labelJa : englishOr(c.labelJa, c.labelEn);
  book.startSheet(
    t('results', locale),
    [
      t('receipt', locale),
      t('title', locale),
      t('organization', locale),
      t('proposalType', locale),
      t('proposerKind', locale),
      ...report.stages.flatMap((s) => [
        stageHeader(s.stage, s.fullMarks, locale),
        ...(report.showOnHundred ? [`${t(s.stage, locale)} ${t('onHundred', locale)}`] : []),
      ]),
      ...(report.combined ? [t('combined', locale)] : []),
      t('rank', locale),
      t('decision', locale),
      t('flags', locale),
    ],
    [
      14,
      40,
      28,
      14,
      14,
      ...report.stages.flatMap(() => (report.showOnHundred ? [16, 14] : [16])),
      ...(report.combined ? [12] : []),
      8,
      16,
      30,
    ],
  );
  const last = report.stages[report.stages.length - 1];
  for (const p of report.proposals) {
    const flags = report.stages.flatMap((s) => {
      const r = s.results.get(p.id);
      if (!r) return [];
      const keys = r.criteria.filter((c) => c.disagreement).map((c) => c.key);
      return [
        ...(keys.length ? [`${t(s.stage, locale)}: ${keys.join(', ')}`] : []),
        ...(r.tiedWith.length
          ? [`${t(s.stage, locale)}: ${tieBreakNote(r.tieBreak)?.[locale] ?? t('tie', locale)}`]
          : []),
      ];
    });
    const combined = report.combined?.get(p.id);
    book.row([
      p.receiptNumber,
      p.title,
      p.organization,
      t(p.proposalType, locale),
      t(p.origin, locale),
      // The total on the rubric's full marks as the call displays it (48.6 of 60), then on 100 where the call asks.
      ...report.stages.flatMap((s) => {
        const result = s.results.get(p.id);
        const points = result ? Number(result.display.total) : null;
        return report.showOnHundred ? [points, result?.total ?? null] : [points];
      }),
      ...(report.combined ? [combined?.combined ?? null] : []),
      (report.combined ? combined?.rank : last?.results.get(p.id)?.rank) ?? null,
      decisionText(p.decision, locale),
      flags.join(' / '),
    ]);
  }
  for (const stage of report.stages) {
    const criteria = stage.rubric.criteria;
    book.startSheet(
      t(stage.stage, locale),
      [
        t('receipt', locale),
        t('title', locale),
        t('reviewer', locale),
        t('status', locale),
        ...criteria.map((c) => `${label(c)} (${c.weight})`),
      ],
      [14, 40, 18, 18, ...criteria.map(() => 14)],
    );
    for await (const page of data.sheetRows(report.callId, stage.stage)) {
      for (const row of page) {
        const cells: Cell[] = [
          row.receiptNumber,
          row.title,
          row.reviewer,
          sheetStatusText(row.status, row.scores !== null && row.scores !== undefined, locale),
          ...criteria.map((c) => row.scores?.[c.key] ?? null),
        ];
        book.row(cells);
      }
      await book.drained();
    }
  }
  await book.finish();
}
