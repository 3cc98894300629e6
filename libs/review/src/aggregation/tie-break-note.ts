import type { LocalizedText } from '@kyodo/platform';
import type { TieBreakRule } from './tie-break';

/** Each rule's name as published results say it. */
export const TIE_BREAK_LABELS: Record<TieBreakRule, LocalizedText> = {
  committee: { ja: '総合的な優劣', en: 'overall merit' },
  majority: { ja: '多数決', en: 'majority of the scorers' },
  lower_amount: { ja: '見積金額が低い者から', en: 'lower requested amount first' },
  rank_sum: { ja: '順位合計方式', en: 'rank-sum method' },
};

/**
 * What a published result says beside a tied total: which rule ranked the tied proposals, and whether it gave this
 * one its place or left the tie to the committee. Null where the total was not tied.
 */
export function tieBreakNote(
  tieBreak: { rule: TieBreakRule; resolved: boolean } | null | undefined,
): LocalizedText | null {
  if (!tieBreak) return null;
  const label = TIE_BREAK_LABELS[tieBreak.rule];
  if (tieBreak.rule === 'committee') {
    return {
      ja: '同点。総合的な優劣により委員会が決定',
      en: 'Tied; the committee decides on overall merit',
    };
  }
  return tieBreak.resolved
    ? { ja: `同点のため${label.ja}により順位を決定`, en: `Tied; ranked by ${label.en}` }
    : {
        ja: `同点。${label.ja}でも同順位のため委員会が決定`,
        en: `Tied; still level by ${label.en}, so the committee decides`,
      };
}
