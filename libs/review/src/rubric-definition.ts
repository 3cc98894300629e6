import type { ScoringMethod } from './aggregation/scoring';

/** A rubric as stored (評価シート): criteria with weights, scales and level descriptors. */
export interface CriterionDefinition {
  key: string;
  labelJa: string;
  labelEn: string;
  descriptionJa?: string;
  descriptionEn?: string;
  /** Points this criterion contributes to the full mark (the weights sum to it). */
  weight: number;
  scale: { min: number; max: number; step: number };
  levels?: Array<{ score: number; labelJa: string; labelEn: string }>;
  commentRequired?: boolean;
}

export interface RubricDefinition {
  titleJa: string;
  titleEn: string;
  descriptionJa?: string;
  descriptionEn?: string;
  /**
   * How a score counts towards its weight (./aggregation/scoring): `proportional` when absent. Rubrics stored before
   * the setting existed were given `range` by a migration, so results already published do not change.
   */
  scoring?: ScoringMethod;
  criteria: CriterionDefinition[];
}

/** A rubric as the secretariat sends it: the English title and criterion labels may be left out (stored empty). */
export type RubricInput = Omit<RubricDefinition, 'titleEn' | 'criteria'> & {
  titleEn?: string;
  criteria: Array<Omit<CriterionDefinition, 'labelEn'> & { labelEn?: string }>;
};

/** The definition to store: an English name left out is kept empty, and shown as the Japanese one (englishOr). */
export function withEnglishNames(input: RubricInput): RubricDefinition {
  return {
    ...input,
    titleEn: input.titleEn ?? '',
    criteria: input.criteria.map((criterion) => ({ ...criterion, labelEn: criterion.labelEn ?? '' })),
  };
}

export type Stage = 'document' | 'presentation' | 'project_end';
export const STAGES: readonly Stage[] = ['document', 'presentation', 'project_end'];

/** Structural problems of a rubric; empty when it can be used. */
export function rubricProblems(rubric: RubricDefinition): string[] {
  const problems: string[] = [];
  if (rubric.criteria.length === 0) problems.push('a rubric needs at least one criterion');
  const keys = new Set<string>();
  for (const c of rubric.criteria) {
    if (keys.has(c.key)) problems.push(`criterion key ${c.key} appears twice`);
    keys.add(c.key);
    if (!(c.weight > 0)) problems.push(`${c.key}: weight must be positive`);
    if (!(c.scale.max > c.scale.min)) problems.push(`${c.key}: scale max must exceed min`);
    if (!(c.scale.step > 0)) problems.push(`${c.key}: step must be positive`);
    else if (!Number.isInteger(Math.round(((c.scale.max - c.scale.min) / c.scale.step) * 1e6) / 1e6)) {
      problems.push(`${c.key}: step must divide the scale`);
    }
    // weight × score ÷ max needs a scale that does not go below zero (a negative score would take points away).
    if ((rubric.scoring ?? 'proportional') === 'proportional' && c.scale.min < 0)
      problems.push(`${c.key}: proportional scoring needs a scale from 0 or above`);
    for (const level of c.levels ?? []) {
      if (level.score < c.scale.min || level.score > c.scale.max)
        problems.push(`${c.key}: level ${level.score} outside the scale`);
    }
  }
  return problems;
}

/** Whether a value is on the criterion's scale (within range and on a step). */
export function onScale(criterion: CriterionDefinition, value: number): boolean {
  const { min, max, step } = criterion.scale;
  if (!Number.isFinite(value) || value < min || value > max) return false;
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}
