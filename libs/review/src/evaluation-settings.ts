import type { ConflictRule, StageCombination } from './aggregation';

/** How a call evaluates: stored on the call, defaults where it says nothing. */
export interface EvaluationSettings {
  conflictRule: ConflictRule;
  /** Adoption line, percent of full marks. */
  thresholdPercent: number;
  disagreementSpread: number;
  stageCombination: StageCombination | null;
  projectWeights: { group: number; department: number; committee: number };
}

export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = {
  conflictRule: 'renormalize',
  thresholdPercent: 60,
  disagreementSpread: 2,
  stageCombination: null,
  projectWeights: { group: 20, department: 20, committee: 60 },
};

export function evaluationSettings(stored: unknown): EvaluationSettings {
  return { ...DEFAULT_EVALUATION_SETTINGS, ...((stored ?? {}) as Partial<EvaluationSettings>) };
}
