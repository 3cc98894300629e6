import { Fraction } from './fraction';

export type StageCombination =
  | { kind: 'threshold'; stage1PassMark: number }
  | { kind: 'weighted'; weights: { document: number; presentation: number } };

export interface CombinedResult {
  proposalId: string;
  document: number | null;
  presentation: number | null;
  /** null when a stage this rule needs is missing (reported, never taken as zero). */
  combined: number | null;
  passedStage1: boolean;
  missing: Array<'document' | 'presentation'>;
  rank: number | null;
  tiedWith: string[];
  adopted: boolean;
}

/**
 * 書類審査 → 公開プレゼン. Either stage 1 only filters (those below its mark do
 * not go on; the final score is stage 2's), or the two are weighted (e.g.
 * 50/50). Then the adoption line and a ranking with ties reported.
 */
export function combineStages(
  totals: Array<{ proposalId: string; document: number | null; presentation: number | null }>,
  rule: StageCombination,
  thresholdPercent: number,
): CombinedResult[] {
  const rows = totals.map((t) => {
    const missing = (['document', 'presentation'] as const).filter((stage) => t[stage] === null);
    const doc = t.document === null ? null : Fraction.decimal(t.document);
    const pres = t.presentation === null ? null : Fraction.decimal(t.presentation);
    let combined: Fraction | null = null;
    let passedStage1 = doc !== null;
    if (rule.kind === 'threshold') {
      passedStage1 = doc !== null && doc.compare(Fraction.decimal(rule.stage1PassMark)) >= 0;
      combined = passedStage1 ? pres : null;
    } else if (doc && pres) {
      const { document: wd, presentation: wp } = rule.weights;
      combined = doc
        .mul(Fraction.decimal(wd))
        .add(pres.mul(Fraction.decimal(wp)))
        .div(Fraction.decimal(wd + wp));
    }
    return { ...t, missing, passedStage1, combinedExact: combined };
  });
  const scored = rows.filter((r) => r.combinedExact !== null);
  const line = Fraction.decimal(thresholdPercent);
  return rows.map((row) => {
    const mine = row.combinedExact;
    return {
      proposalId: row.proposalId,
      document: row.document,
      presentation: row.presentation,
      combined: mine ? mine.toHundredths() : null,
      passedStage1: row.passedStage1,
      missing: [...row.missing],
      rank: mine ? 1 + scored.filter((o) => o.combinedExact!.compare(mine) > 0).length : null,
      tiedWith: mine
        ? scored.filter((o) => o !== row && o.combinedExact!.compare(mine) === 0).map((o) => o.proposalId)
        : [],
      adopted: mine !== null && mine.compare(line) >= 0,
    };
  });
}
