import type { CriterionDefinition } from '../rubric-definition';
import { Fraction } from './fraction';

/**
 * How many decimals a published score shows: rounded once, half up, at `max`; trailing zeros dropped down to `min`.
 * `{ min: 0, max: 2 }` is practice's 「小数第2位まで（必要な場合）」: 4.4, 4, 4.13 — never 4.40.
 */
export interface ScoreDecimals {
  min: number;
  max: number;
}

/** The one rounding step for display: half up at `max` decimals, trailing zeros trimmed to `min`. */
export function formatScore(value: Fraction, decimals: ScoreDecimals): string {
  return formatScaled(value.scaledTo(decimals.max), decimals);
}

function formatScaled(scaled: bigint, { min, max }: ScoreDecimals): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(max + 1, '0');
  const whole = digits.slice(0, digits.length - max);
  let fraction = digits.slice(digits.length - max);
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** One criterion as published: its mean on its own scale (4.4 of 5) and the points it gives of its weight. */
export interface CriterionDisplay {
  key: string;
  mean: string;
  scaleMax: string;
  points: string;
  weight: string;
}

/**
 * A stage's result in the form a municipality publishes it: 「平均48.6点（60点満点）」 with each item's mean on its
 * own scale, the 100-point conversion when the call asks for it, and whether the standard rounding note applies.
 */
export interface StageDisplay {
  /** Sheets counted (審査員の人数). */
  scorers: number;
  /** Mean total on the rubric's full marks. */
  total: string;
  fullMarks: string;
  /** 100点換算, only when the call shows it. */
  onHundred: string | null;
  criteria: CriterionDisplay[];
  /** Whether some item's points differ from its mean (weight ≠ top score, or range scoring): a column of its own. */
  pointsShown: boolean;
  /** 「※端数処理の関係で合計が合わない場合があります。」: the displayed items do not add up to the displayed total. */
  roundingNote: boolean;
}

export const ROUNDING_NOTE = {
  ja: '※端数処理の関係で合計が合わない場合があります。',
  en: '* Because of rounding, the items may not add up to the total.',
} as const;

export function stageDisplay(input: {
  criteria: Array<{ definition: CriterionDefinition; mean: Fraction; points: Fraction }>;
  total: Fraction;
  fullMarks: Fraction;
  onHundred: Fraction | null;
  scorers: number;
  decimals: ScoreDecimals;
}): StageDisplay {
  const { decimals } = input;
  const criteria = input.criteria.map(({ definition, mean, points }) => ({
    key: definition.key,
    mean: formatScore(mean, decimals),
    scaleMax: formatScore(Fraction.decimal(definition.scale.max), decimals),
    points: formatScore(points, decimals),
    weight: formatScore(Fraction.decimal(definition.weight), decimals),
  }));
  const pointsShown = input.criteria.some(({ mean, points }) => mean.compare(points) !== 0);
  // The parts a reader adds up are the points as shown (the means, where they are the points).
  const partsSum = input.criteria.reduce((acc, { points }) => acc + points.scaledTo(decimals.max), 0n);
  return {
    scorers: input.scorers,
    total: formatScore(input.total, decimals),
    fullMarks: formatScore(input.fullMarks, decimals),
    onHundred: input.onHundred ? formatScore(input.onHundred, decimals) : null,
    criteria,
    pointsShown,
    roundingNote: partsSum !== input.total.scaledTo(decimals.max),
  };
}
