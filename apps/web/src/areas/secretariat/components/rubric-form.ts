import type { Criterion, RubricDefinition } from '../models';

/** One criterion as the editor's inputs hold it: numbers and levels as typed, the rest of it kept as it came. */
export type CriterionRow = Omit<Criterion, 'weight' | 'scale' | 'levels' | 'commentRequired'> & {
  weight: string;
  min: string;
  max: string;
  step: string;
  commentRequired: boolean;
  /** Whether the criterion came with `commentRequired` at all: an untouched absent flag stays absent. */
  commentSet: boolean;
  /** One level a line, "score 日本語 / English". */
  levels: string;
};

/** The rubric editor's form: the titles and the criteria, rubric-level fields it does not show kept as they came. */
export type RubricValues = Omit<RubricDefinition, 'criteria'> & { criteria: CriterionRow[] };

export const EMPTY_RUBRIC: RubricDefinition = { titleJa: '', titleEn: '', criteria: [] };

export function levelsToText(levels: Criterion['levels']): string {
  return (levels ?? []).map((l) => `${l.score} ${l.labelJa} / ${l.labelEn}`).join('\n');
}

export function textToLevels(text: string): Criterion['levels'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(-?\d+(?:\.\d+)?)\s+(.*)$/.exec(line);
      const [ja, en] = (match?.[2] ?? line).split(' / ');
      return { score: Number(match?.[1] ?? 0), labelJa: ja.trim(), labelEn: (en ?? ja).trim() };
    });
}

export function toRow({ weight, scale, levels, commentRequired, ...rest }: Criterion): CriterionRow {
  return {
    ...rest,
    weight: String(weight),
    min: String(scale.min),
    max: String(scale.max),
    step: String(scale.step),
    commentRequired: !!commentRequired,
    commentSet: commentRequired !== undefined,
    levels: levelsToText(levels),
  };
}

export function toValues({ criteria, ...rest }: RubricDefinition): RubricValues {
  return { ...rest, criteria: criteria.map(toRow) };
}

/** A new criterion as "add" makes it: the next free-looking key, weight 10, a 0–5 scale. */
export function newRow(n: number): CriterionRow {
  return toRow({ key: `item_${n}`, labelJa: '', labelEn: '', weight: 10, scale: { min: 0, max: 5, step: 1 } });
}

/** An emptied number is 0, as the editor always sent it. */
const num = (value: string) => (value === '' ? 0 : Number(value));

/** The definition PUT to the API. */
export function toDefinition({ criteria, ...rest }: RubricValues): RubricDefinition {
  return {
    ...rest,
    criteria: criteria.map(({ weight, min, max, step, levels, commentRequired, commentSet, ...row }) => {
      const parsed = textToLevels(levels);
      return {
        ...row,
        weight: num(weight),
        scale: { min: num(min), max: num(max), step: num(step) },
        ...(commentSet || commentRequired ? { commentRequired } : {}),
        levels: parsed && parsed.length > 0 ? parsed : undefined,
      };
    }),
  };
}

/** The sum of the weights as typed, what is not a number counting 0. */
export const totalWeight = (criteria: Array<Pick<CriterionRow, 'weight'>>) =>
  criteria.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);
