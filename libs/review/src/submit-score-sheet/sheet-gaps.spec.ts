import type { RubricDefinition } from '../rubric-definition';
import { describeGaps, sheetGaps } from './sheet-gaps';

const rubric: RubricDefinition = {
  titleJa: '書類審査',
  titleEn: 'Document review',
  criteria: [
    { key: 'benefit', labelJa: '公益性', labelEn: 'Public benefit', weight: 60, scale: { min: 0, max: 5, step: 1 } },
    {
      key: 'feasibility',
      labelJa: '実現可能性',
      labelEn: 'Feasibility',
      weight: 40,
      scale: { min: 0, max: 5, step: 1 },
      commentRequired: true,
    },
    {
      key: 'budget',
      labelJa: '予算の妥当性',
      labelEn: '',
      weight: 10,
      scale: { min: 0, max: 5, step: 1 },
      commentRequired: true,
    },
  ],
};

describe('sheetGaps', () => {
  it('names only the comments when every score is in', () => {
    const gaps = sheetGaps(rubric, { benefit: 4, feasibility: 3, budget: 0 }, { budget: '妥当' });
    expect(gaps).toEqual([{ criterion: 'feasibility', missing: ['comment'] }]);
    expect(describeGaps(rubric, gaps)).toEqual({
      ja: 'コメントが必要な項目：実現可能性。',
      en: 'Comment required: Feasibility.',
    });
  });

  it('tells a missing score from a missing comment, a blank comment counting as none', () => {
    const gaps = sheetGaps(rubric, { feasibility: 3 }, { feasibility: '  ' });
    expect(gaps).toEqual([
      { criterion: 'benefit', missing: ['score'] },
      { criterion: 'feasibility', missing: ['comment'] },
      { criterion: 'budget', missing: ['score', 'comment'] },
    ]);
    expect(describeGaps(rubric, gaps)).toEqual({
      ja: '未採点の項目：公益性、予算の妥当性。コメントが必要な項目：実現可能性、予算の妥当性。',
      en: 'Not scored: Public benefit, 予算の妥当性. Comment required: Feasibility, 予算の妥当性.',
    });
  });

  it('finds no gap in a complete sheet (a score of 0 is a score)', () => {
    expect(sheetGaps(rubric, { benefit: 0, feasibility: 0, budget: 0 }, { feasibility: 'a', budget: 'b' })).toEqual([]);
  });
});
