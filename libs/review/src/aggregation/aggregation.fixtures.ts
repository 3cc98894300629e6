import type { RubricDefinition } from '../rubric-definition';

/** A one-item rubric on 0..max: the smallest sheet an aggregation fixture needs. */
export const singleItemRubric = (max: number, step = 1): RubricDefinition => ({
  titleJa: '単一項目',
  titleEn: 'One item',
  criteria: [{ key: 'x', labelJa: 'x', labelEn: 'x', weight: 1, scale: { min: 0, max, step } }],
});
