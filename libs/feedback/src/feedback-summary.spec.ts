import { stageReached } from './feedback-questions';
import { summarize } from './feedback-summary';

const answer = (stage: string, values: number[], comment: string | null = null) => ({
  stage,
  ratings: { guidelines_clarity: values[0]!, procedure_clarity: values[1]!, secretariat_support: values[2]! },
  comment,
});

describe('the questionnaire summary', () => {
  it('hides a stage below the minimum whole: no count, means, distribution or free text', () => {
    const summary = summarize(2026, [2026], [answer('application', [5, 5, 5], 'ひとりだけの意見')]);
    const applying = summary.stages.find((s) => s.stage === 'application')!;
    expect(applying).toMatchObject({ hidden: true, answers: null, comments: [] });
    expect(applying.questions.every((q) => q.mean === null && q.counts.length === 0)).toBe(true);
    expect(JSON.stringify(summary)).not.toContain('ひとりだけ');
  });

  it('shows a stage at the minimum: means to two decimals, counts per point, free texts sorted', () => {
    const summary = summarize(
      2026,
      [2026],
      [
        answer('application', [1, 2, 5], 'ん'),
        answer('application', [2, 2, 4]),
        answer('application', [2, 3, 4], 'あ'),
      ],
    );
    const applying = summary.stages[0]!;
    expect(applying).toMatchObject({ stage: 'application', hidden: false, answers: 3, comments: ['あ', 'ん'] });
    expect(applying.questions.map((q) => [q.key, q.mean, q.counts])).toEqual([
      ['guidelines_clarity', 1.67, [1, 2, 0, 0, 0]],
      ['procedure_clarity', 2.33, [0, 2, 1, 0, 0]],
      ['secretariat_support', 4.33, [0, 0, 0, 2, 1]],
    ]);
    expect(summary.stages.slice(1).every((s) => s.hidden)).toBe(true);
  });
});

describe('the stage a proposal has reached', () => {
  it.each([
    ['draft', []],
    ['withdrawn', []],
    ['closed.expired', []],
    ['submitted.screening', ['application']],
    ['closed.ineligible', ['application']],
    ['jointEvaluation', ['application']],
    ['decided.adopted', ['application']],
    ['disclosed.notAdopted', ['application', 'review']],
    ['agreement', ['application', 'review', 'agreement']],
    ['projectEvaluation.selfEvaluation', ['application', 'review', 'agreement']],
    ['completed', ['application', 'review', 'agreement', 'end_of_term']],
  ])('%s reaches %j', (state, stages) => {
    const reached = (['application', 'review', 'agreement', 'end_of_term'] as const).filter((s) =>
      stageReached(s, state),
    );
    expect(reached).toEqual(stages);
  });
});
