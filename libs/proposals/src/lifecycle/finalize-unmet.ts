import type { LocalizedText } from '@kyodo/platform';
import type { QuorumCount } from '../review-facts.port';

/** One condition of the committee's decision (FINALIZE) that is not met, with the figures that show it. */
export type UnmetCondition =
  | { condition: 'not_in_joint_evaluation'; state: string }
  | { condition: 'not_chair' }
  | { condition: 'no_session' }
  | { condition: 'quorum_not_met'; quorum: number; present: number; recused: number; counted: number }
  | { condition: 'reason_missing' }
  | { condition: 'decision_missing' }
  | { condition: 'conditions_missing' };

export interface FinalizeAttempt {
  state: string;
  roles: readonly string[];
  /** The sessions with the proposal on their agenda whose committee the actor chairs. */
  sessions: QuorumCount[];
  payload: { decision?: unknown; reason?: unknown; conditions?: unknown };
}

const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

/**
 * Why a decision cannot be made now, every reason at once, so that the chair (and the secretariat preparing the
 * meeting) can put all of them right before trying again. The same conditions as the machine's `mayFinalize` guard
 * and the jointEvaluation state; the quorum is shown for the session that comes closest.
 */
export function finalizeUnmet(attempt: FinalizeAttempt): UnmetCondition[] {
  const unmet: UnmetCondition[] = [];
  if (attempt.state !== 'jointEvaluation') unmet.push({ condition: 'not_in_joint_evaluation', state: attempt.state });
  if (!attempt.roles.includes('committee_chair')) unmet.push({ condition: 'not_chair' });
  else if (attempt.sessions.length === 0) unmet.push({ condition: 'no_session' });
  else {
    const best = [...attempt.sessions].sort((a, b) => b.present - b.recused - (a.present - a.recused))[0]!;
    const counted = best.present - best.recused;
    if (counted < best.quorum) unmet.push({ condition: 'quorum_not_met', ...best, counted });
  }
  const { decision, reason, conditions } = attempt.payload;
  if (!['adopted', 'adoptedWithConditions', 'notAdopted'].includes(decision as string)) {
    unmet.push({ condition: 'decision_missing' });
  }
  if (!filled(reason)) unmet.push({ condition: 'reason_missing' });
  if (decision === 'adoptedWithConditions' && !(Array.isArray(conditions) && conditions.some(filled))) {
    unmet.push({ condition: 'conditions_missing' });
  }
  return unmet;
}

/** One unmet condition in words, as the problem's `detail` gives it. */
export function describeUnmet(unmet: UnmetCondition): LocalizedText {
  switch (unmet.condition) {
    case 'not_in_joint_evaluation':
      return {
        ja: `提案が合同評価の段階にありません（現在の状態：${unmet.state}）。`,
        en: `The proposal is not at the joint evaluation (its state: ${unmet.state}).`,
      };
    case 'not_chair':
      return { ja: '決定できるのは評価委員会の委員長です。', en: 'Only the committee chair can decide.' };
    case 'no_session':
      return {
        ja: 'この提案を議題とする、あなたが委員長を務める委員会の会議がありません。',
        en: 'No session of a committee you chair has this proposal on its agenda.',
      };
    case 'quorum_not_met':
      return {
        ja: `定足数に達していません。出席${unmet.present}人のうち、この提案で除斥となる委員${unmet.recused}人を除くと${unmet.counted}人で、定足数は${unmet.quorum}人です。`,
        en: `The quorum is not met: of ${unmet.present} present, ${unmet.recused} are recused for this proposal, leaving ${unmet.counted} against a quorum of ${unmet.quorum}.`,
      };
    case 'decision_missing':
      return {
        ja: '決定（採択・条件付き採択・不採択）が選ばれていません。',
        en: 'No decision (adopted, adopted with conditions, not adopted) was given.',
      };
    case 'reason_missing':
      return { ja: '講評が入力されていません。', en: 'The committee’s comment (講評) is missing.' };
    case 'conditions_missing':
      return {
        ja: '条件付き採択には、条件を1つ以上入力してください。',
        en: 'An adoption with conditions needs at least one condition.',
      };
  }
}

/** All unmet conditions in one paragraph per language. */
export function unmetDetail(unmet: UnmetCondition[]): LocalizedText {
  const texts = unmet.map(describeUnmet);
  return { ja: texts.map((t) => t.ja).join(''), en: texts.map((t) => t.en).join(' ') };
}
