import { finalizeUnmet, unmetDetail } from './finalize-unmet';

const decision = { decision: 'adopted', reason: '地域の課題に合っている' };

describe('finalizeUnmet', () => {
  it('counts the members recused for the proposal out of those present, on the session that comes closest', () => {
    const unmet = finalizeUnmet({
      state: 'jointEvaluation',
      roles: ['committee_chair'],
      sessions: [
        { quorum: 4, present: 3, recused: 2 },
        { quorum: 4, present: 5, recused: 2 },
      ],
      payload: decision,
    });
    // 5 present − 2 recused = 3 < 4 (the other session counts only 1)
    expect(unmet).toEqual([{ condition: 'quorum_not_met', quorum: 4, present: 5, recused: 2, counted: 3 }]);
    expect(unmetDetail(unmet).en).toBe(
      'The quorum is not met: of 5 present, 2 are recused for this proposal, leaving 3 against a quorum of 4.',
    );
  });

  it('names every unmet condition at once', () => {
    const unmet = finalizeUnmet({
      state: 'review',
      roles: ['committee_chair'],
      sessions: [],
      payload: { decision: 'adoptedWithConditions', reason: ' ', conditions: [] },
    });
    expect(unmet.map((u) => u.condition)).toEqual([
      'not_in_joint_evaluation',
      'no_session',
      'reason_missing',
      'conditions_missing',
    ]);
    expect(unmetDetail(unmet).ja).toBe(
      '提案が合同評価の段階にありません（現在の状態：review）。' +
        'この提案を議題とする、あなたが委員長を務める委員会の会議がありません。' +
        '講評が入力されていません。' +
        '条件付き採択には、条件を1つ以上入力してください。',
    );
  });

  it('finds nothing unmet when the chair of a quorate session decides with a reason', () => {
    expect(
      finalizeUnmet({
        state: 'jointEvaluation',
        roles: ['committee_chair'],
        sessions: [{ quorum: 3, present: 4, recused: 1 }],
        payload: decision,
      }),
    ).toEqual([]);
  });

  it('tells a member who is not the chair so, and an unknown decision', () => {
    expect(
      finalizeUnmet({
        state: 'jointEvaluation',
        roles: ['committee_member'],
        sessions: [],
        payload: { decision: 'maybe', reason: '良い' },
      }).map((u) => u.condition),
    ).toEqual(['not_chair', 'decision_missing']);
  });
});
