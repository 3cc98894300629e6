import type { RubricDefinition } from '../rubric-definition';
import { Fraction, mean, sum } from './fraction';
import type { ProposalSheets } from './aggregate';
import { criterionPoints, fullMarksOf, onHundred, scoringOf } from './scoring';

export interface Leniency {
  reviewerId: string;
  sheets: number;
  /** Mean of (this reviewer's total − the proposal's mean total), on 100. */
  offset: number;
  /** offset ÷ the standard deviation of all reviewers' offsets. */
  zScore: number;
}

/** How much more generous or severe each reviewer is than the panels they sat on. */
export function leniency(rubric: RubricDefinition, proposals: ProposalSheets[]): Leniency[] {
  const fullMarks = fullMarksOf(rubric);
  const method = scoringOf(rubric);
  // A sheet's total counted as the stage's totals are (the rubric's scoring method), on 100.
  const sheetTotal = (scores: Record<string, number>) =>
    onHundred(
      sum(rubric.criteria.map((c) => criterionPoints(c, Fraction.decimal(scores[c.key] ?? c.scale.min), method))),
      fullMarks,
    );
  const differences = new Map<string, Fraction[]>();
  for (const proposal of proposals) {
    if (proposal.sheets.length < 2) continue;
    const totals = proposal.sheets.map((s) => sheetTotal(s.scores));
    const panelMean = mean(totals);
    proposal.sheets.forEach((sheet, i) => {
      const list = differences.get(sheet.reviewerId) ?? [];
      list.push(totals[i]!.sub(panelMean));
      differences.set(sheet.reviewerId, list);
    });
  }
  const offsets = [...differences.entries()].map(([reviewerId, diffs]) => ({
    reviewerId,
    sheets: diffs.length,
    offset: mean(diffs),
  }));
  const all = offsets.map((o) => o.offset);
  const m = all.length ? mean(all) : Fraction.of(0);
  const sd = all.length ? Math.sqrt(mean(all.map((v) => v.sub(m).mul(v.sub(m)))).toNumber()) : 0;
  return offsets
    .map((o) => ({
      reviewerId: o.reviewerId,
      sheets: o.sheets,
      offset: o.offset.toHundredths(),
      zScore: sd === 0 ? 0 : Math.round(((o.offset.toNumber() - m.toNumber()) / sd) * 100) / 100,
    }))
    .sort((a, b) => b.zScore - a.zScore || (a.reviewerId < b.reviewerId ? -1 : 1));
}
