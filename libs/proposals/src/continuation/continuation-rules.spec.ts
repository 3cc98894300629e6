import { isLiveContinuation, wasCarriedOut } from './continuation-rules';

describe('継続事業の判定 (pure rules)', () => {
  const none = { agreementConcluded: false, resultsReportAccepted: false };
  const agreed = { agreementConcluded: true, resultsReportAccepted: false };

  it.each<[string, string, typeof none, boolean]>([
    ['adopted, no agreement', 'disclosed.adopted', none, false],
    ['agreement concluded, project running', 'implementation', agreed, false],
    ['agreement concluded, term ended', 'projectEvaluation.selfEvaluation', agreed, true],
    ['agreement concluded, evaluation published', 'completed', agreed, true],
    ['ended through the events alone, no agreement recorded', 'completed', none, false],
    ['results report accepted', 'projectEvaluation.jointEvaluation', { ...none, resultsReportAccepted: true }, true],
  ])('%s → carried out: %s', (_, state, record, expected) => {
    expect(wasCarriedOut(state, record)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['draft', true],
    ['submitted.screening', true],
    ['decided.provisional', true],
    ['disclosed.adopted', true],
    ['completed', true],
    ['withdrawn', false],
    ['closed.ineligible', false],
    ['closed.expired', false],
    ['decided.notAdopted', false],
    ['disclosed.notAdopted', false],
  ])('a continuation in %s is live: %s', (state, expected) => {
    expect(isLiveContinuation(state)).toBe(expected);
  });
});
