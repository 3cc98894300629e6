import type { Writable } from 'node:stream';
import { englishOr, type Locale } from '@kyodo/platform';
import { tieBreakNote } from '@kyodo/review';
import type { CallReport, CallReportData, ReportProposal } from '../call-report-data';
import { decisionText, memberLabel, t } from '../report-text';
import { fiscalYearText } from './call-summary.pdf';
import { type Column, ReportPdf } from './report-pdf';

/**
 * 評価シート of one proposal: for each stage, every criterion with its
 * points, each member's score (as 委員A, B … — the sheet is printed and
 * circulated), the mean on the item's own scale and the total on the rubric's
 * full marks, as a municipality publishes them (「平均48.6点（60点満点）」, the
 * rounding note where the items do not add up), and the rank; then the
 * decision, the 講評 and any conditions.
 */
export async function writeEvaluationSheetPdf(
  data: CallReportData,
  report: CallReport,
  proposal: ReportProposal,
  locale: Locale,
  madeAt: Date,
  out: Writable,
): Promise<void> {
  const heading = t('evaluationSheet', locale);
  const pdf = new ReportPdf(out, `${heading} ${proposal.receiptNumber}`, `${report.municipality[locale]} ${heading}`);
  pdf.madeOn(madeAt, locale);
  pdf.title(heading, `${report.municipality[locale]}　${report.title[locale]}`);
  pdf.fields([
    [t('fiscalYear', locale), fiscalYearText(report.fiscalYear, locale)],
    [t('receipt', locale), proposal.receiptNumber],
    [t('title', locale), proposal.title],
    [t('organization', locale), proposal.organization],
    [t('proposalType', locale), t(proposal.proposalType, locale)],
    [t('proposerKind', locale), t(proposal.origin, locale)],
  ]);
  for (const stage of report.stages) {
    const result = stage.results.get(proposal.id);
    const sheets = await data.submittedScores(proposal.id, stage.stage);
    pdf.heading(`${t(stage.stage, locale)}`);
    if (!result || sheets.length === 0) {
      pdf.paragraph(t('notScored', locale));
      continue;
    }
    const display = result.display;
    // A panel of fifteen (茂原市's) still leaves the criterion's name room: narrower member columns past eight.
    const memberWidth = Math.max(20, Math.min(44, Math.floor(250 / sheets.length)));
    const columns: Column[] = [
      { header: t('criterion', locale), width: 0 },
      { header: t('weight', locale), width: 36, align: 'right' },
      ...sheets.map((_, i) => ({ header: memberLabel(i, locale), width: memberWidth, align: 'right' as const })),
      { header: t('mean', locale), width: 44, align: 'right' },
      ...(display.pointsShown ? [{ header: t('points', locale), width: 40, align: 'right' as const }] : []),
    ];
    columns[0]!.width = 515 - columns.reduce((sum, c) => sum + c.width, 0);
    const rows = stage.rubric.criteria.map((criterion) => {
      const stats = result.criteria.find((c) => c.key === criterion.key);
      const shown = display.criteria.find((c) => c.key === criterion.key);
      return [
        locale === 'ja' ? criterion.labelJa : englishOr(criterion.labelJa, criterion.labelEn),
        String(criterion.weight),
        ...sheets.map((s) => (s.scores[criterion.key] === undefined ? '' : String(s.scores[criterion.key]))),
        `${shown?.mean ?? ''}${stats?.disagreement ? ' *' : ''}`,
        ...(display.pointsShown ? [shown?.points ?? ''] : []),
      ];
    });
    rows.push([
      `${t('total', locale)}　${t('rank', locale)} ${result.rank}${tieText(result, locale)}`,
      display.fullMarks,
      ...sheets.map(() => ''),
      ...(display.pointsShown ? ['', display.total] : [display.total]),
    ]);
    pdf.table(columns, rows, { boldLastRow: true });
    pdf.paragraph(
      `${t('scorers', locale, { n: display.scorers })}　${t('scoreLine', locale, { total: display.total, full: display.fullMarks })}${
        display.onHundred ? t('onHundredLine', locale, { n: display.onHundred }) : ''
      }`,
    );
    if (display.roundingNote) pdf.paragraph(t('roundingNote', locale), 8);
  }
  pdf.heading(t('decision', locale));
  pdf.fields([
    [t('decision', locale), decisionText(proposal.decision, locale)],
    [t('comment', locale), proposal.comment ?? ''],
    ...(proposal.conditions.length
      ? ([[t('conditions', locale), proposal.conditions.map((c, i) => `${i + 1}. ${c}`).join('\n')]] as Array<
          [string, string]
        >)
      : []),
  ]);
  pdf.paragraph(t('rounding', locale), 8);
  await pdf.end();
}

/** Beside a tied rank: the rule that ranked the tie and whether it did (「同点のため順位合計方式により順位を決定」). */
function tieText(
  result: { tiedWith: string[]; tieBreak?: Parameters<typeof tieBreakNote>[0] },
  locale: 'ja' | 'en',
): string {
  if (result.tiedWith.length === 0) return '';
  const note = tieBreakNote(result.tieBreak);
  return ` (${note ? note[locale] : t('tie', locale)})`;
}
