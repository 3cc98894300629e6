import type { ConflictRule, ScoreDecimals, StageCombination, TieBreakRule } from './aggregation';

/** How a call evaluates: stored on the call, defaults where it says nothing. */
export interface EvaluationSettings {
  conflictRule: ConflictRule;
  /** Adoption line, percent of full marks. */
  thresholdPercent: number;
  disagreementSpread: number;
  stageCombination: StageCombination | null;
  projectWeights: { group: number; department: number; committee: number };
  /** How tied totals are ordered (aggregation/tie-break.ts); the committee decides unless the call says otherwise. */
  tieBreak: TieBreakRule;
  /** Decimals a published score shows: `{ min: 0, max: 2 }` is 「小数第2位まで（必要な場合）」 (4.4, 4, 4.13). */
  scoreDecimals: ScoreDecimals;
  /** Whether published scores add the 100-point conversion (100点換算) beside the total on the rubric's full marks. */
  showOnHundred: boolean;
}

export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = {
  conflictRule: 'renormalize',
  thresholdPercent: 60,
  disagreementSpread: 2,
  stageCombination: null,
  projectWeights: { group: 20, department: 20, committee: 60 },
  tieBreak: 'committee',
  scoreDecimals: { min: 0, max: 2 },
  showOnHundred: false,
};

export function evaluationSettings(stored: unknown): EvaluationSettings {
  return { ...DEFAULT_EVALUATION_SETTINGS, ...((stored ?? {}) as Partial<EvaluationSettings>) };
}
