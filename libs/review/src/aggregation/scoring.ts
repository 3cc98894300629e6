import type { CriterionDefinition, RubricDefinition } from '../rubric-definition';
import { Fraction, sum } from './fraction';

/**
 * How a score on a criterion's scale becomes points of its weight (配点).
 *
 * - `proportional` (Japanese practice, the default): weight × score ÷ scale max. The points are counted as given, so
 *   the bottom level of a 1–5 sheet still earns weight ÷ 5 (a 25-point item scores 25 / 20 / 15 / 10 / 5).
 * - `range`: weight × (score − min) ÷ (max − min); the bottom level earns nothing (a 1–5 item rated 4 earns 3/4).
 *
 * On a scale starting at 0 the two agree; they differ only where the scale starts above 0.
 */
export type ScoringMethod = 'proportional' | 'range';
export const SCORING_METHODS: readonly ScoringMethod[] = ['proportional', 'range'];

/** A rubric that does not say counts proportionally; rubrics stored before the setting existed were given `range`. */
export const scoringOf = (rubric: Pick<RubricDefinition, 'scoring'>): ScoringMethod => rubric.scoring ?? 'proportional';

/** The points a (mean) score on the criterion earns of its weight, exactly. */
export function criterionPoints(criterion: CriterionDefinition, score: Fraction, method: ScoringMethod): Fraction {
  const weight = Fraction.decimal(criterion.weight);
  const max = Fraction.decimal(criterion.scale.max);
  if (method === 'proportional') return weight.mul(score).div(max);
  const min = Fraction.decimal(criterion.scale.min);
  return weight.mul(score.sub(min)).div(max.sub(min));
}

/** The rubric's own full marks (満点): the sum of its weights. */
export const fullMarksOf = (rubric: RubricDefinition): Fraction =>
  sum(rubric.criteria.map((c) => Fraction.decimal(c.weight)));

/** Points on the rubric's full marks put on 100 (100点換算). */
export const onHundred = (points: Fraction, fullMarks: Fraction): Fraction =>
  points.mul(Fraction.of(100)).div(fullMarks);

/** The method in words, for the sheet and the published result. */
export const SCORING_METHOD_TEXT: Record<ScoringMethod, { ja: string; en: string }> = {
  proportional: {
    ja: '各項目の点数は「配点×評価点÷満点の評価点」で数えます（最も低い評価でも配点の一部を得ます）。',
    en: 'Each item counts as weight × score ÷ the top score (the lowest level still earns part of the weight).',
  },
  range: {
    ja: '各項目の点数は「配点×（評価点−最低点）÷（最高点−最低点）」で数えます（最も低い評価は0点です）。',
    en: 'Each item counts as weight × (score − lowest) ÷ (top − lowest) (the lowest level earns nothing).',
  },
};
