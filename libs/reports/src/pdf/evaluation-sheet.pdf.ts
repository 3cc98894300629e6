import type { Writable } from 'node:stream';
import type { Locale } from '@kyodo/platform';
import type { CallReport, CallReportData, ReportProposal } from '../call-report-data';
import { decisionText, memberLabel, points, t } from '../report-text';
import { type Column, ReportPdf } from './report-pdf';

/**
 * 評価シート of one proposal: for each stage, every criterion with its
 * points, each member's score (as 委員A, B … — the sheet is printed and
 * circulated), the mean, the total on 100 and the rank; then the decision,
 * the 講評 and any conditions.
 */
export async function writeEvaluationSheetPdf(
  data: CallReportData,
  report: CallReport,
  proposal: ReportProposal,
  locale: Locale,
  out: Writable,
): Promise<void> {
  const heading = t('evaluationSheet', locale);
  const pdf = new ReportPdf(out, `${heading} ${proposal.receiptNumber}`, `${report.municipality[locale]} ${heading}`);
  pdf.title(heading, `${report.municipality[locale]}　${report.title[locale]}`);
  pdf.fields([
    [t('receipt', locale), proposal.receiptNumber],
    [t('title', locale), proposal.title],
    [t('organization', locale), proposal.organization],
    [t('origin', locale), t(proposal.origin, locale)],
  ]);
  for (const stage of report.stages) {
    const result = stage.results.get(proposal.id);
    const sheets = await data.submittedScores(proposal.id, stage.stage);
    pdf.heading(`${t(stage.stage, locale)}`);
    if (!result || sheets.length === 0) {
      pdf.paragraph(t('notScored', locale));
      continue;
    }
    const memberWidth = Math.max(28, Math.min(44, Math.floor(250 / sheets.length)));
    const columns: Column[] = [
      { header: t('criterion', locale), width: 0 },
      { header: t('weight', locale), width: 36, align: 'right' },
      ...sheets.map((_, i) => ({ header: memberLabel(i, locale), width: memberWidth, align: 'right' as const })),
      { header: t('mean', locale), width: 44, align: 'right' },
    ];
    columns[0]!.width = 515 - columns.reduce((sum, c) => sum + c.width, 0);
    const rows = stage.rubric.criteria.map((criterion) => {
      const stats = result.criteria.find((c) => c.key === criterion.key);
      return [
        locale === 'ja' ? criterion.labelJa : criterion.labelEn,
        String(criterion.weight),
        ...sheets.map((s) => (s.scores[criterion.key] === undefined ? '' : String(s.scores[criterion.key]))),
        `${points(stats?.mean)}${stats?.disagreement ? ' *' : ''}`,
      ];
    });
    rows.push([
      `${t('total', locale)}　${t('rank', locale)} ${result.rank}${result.tiedWith.length ? ` (${t('tie', locale)})` : ''}`,
      String(stage.rubric.criteria.reduce((sum, c) => sum + c.weight, 0)),
      ...sheets.map(() => ''),
      points(result.total),
    ]);
    pdf.table(columns, rows, { boldLastRow: true });
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
