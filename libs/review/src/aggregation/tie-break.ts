import type { Fraction } from './fraction';

/**
 * How a call orders proposals whose totals are equal (同点の場合の順位の決め方), as Japanese selection rules state it:
 * - `committee` (総合的な優劣): the committee decides on overall merit; the ranking keeps the tie and says so, and
 *   the committee's decisions (FINALIZE) are the order.
 * - `majority` (多数決): the proposal more of the scorers placed higher.
 * - `lower_amount` (見積金額が低い者から): the lower requested amount first.
 * - `rank_sum` (順位合計方式): each scorer ranks the tied proposals by their own sheet; the smallest sum of ranks first.
 */
export const TIE_BREAK_RULES = ['committee', 'majority', 'lower_amount', 'rank_sum'] as const;
export type TieBreakRule = (typeof TIE_BREAK_RULES)[number];

/** A proposal in a tie on the total, with what the rules look at. */
export interface TiedEntry {
  proposalId: string;
  /** Each scorer's own sheet total (on the same scale as the proposal's total). */
  scorerTotals: Map<string, Fraction>;
  /** 見積金額 (the requested amount, yen); null when the proposal names none. */
  requestedAmount: number | null;
}

/**
 * Orders one group of proposals tied on the total: the answer is the group split into places, best first; a place
 * holding more than one proposal is a tie the rule could not break (the committee decides). Only scorers who scored
 * every proposal of the group take part in `majority` and `rank_sum`, so that each compares like with like.
 * Pure: the same group in any order gives the same places (ties inside a place are listed by id).
 */
export function breakTie(rule: TieBreakRule, group: TiedEntry[]): TiedEntry[][] {
  const byId = [...group].sort((a, b) => (a.proposalId < b.proposalId ? -1 : 1));
  if (group.length < 2 || rule === 'committee') return [byId];
  const key = sortKey(rule, byId);
  const places: TiedEntry[][] = [];
  for (const entry of [...byId].sort((a, b) => compareKeys(key(a), key(b)))) {
    const last = places[places.length - 1];
    if (last && compareKeys(key(last[0]!), key(entry)) === 0) last.push(entry);
    else places.push([entry]);
  }
  return places;
}

/** A number to sort by, smaller first; null (nothing to compare) sorts last and ties with other nulls. */
function sortKey(rule: Exclude<TieBreakRule, 'committee'>, group: TiedEntry[]): (e: TiedEntry) => number | null {
  if (rule === 'lower_amount') return (e) => e.requestedAmount;
  const scorers = [...group[0]!.scorerTotals.keys()].filter((id) => group.every((e) => e.scorerTotals.has(id)));
  if (scorers.length === 0) return () => null;
  const ranks = new Map(group.map((e) => [e.proposalId, 0]));
  const firsts = new Map(group.map((e) => [e.proposalId, 0]));
  for (const scorer of scorers) {
    for (const e of group) {
      const mine = e.scorerTotals.get(scorer)!;
      // Competition ranking within the group on this scorer's sheet: 1 + how many they scored higher.
      const rank = 1 + group.filter((o) => o.scorerTotals.get(scorer)!.compare(mine) > 0).length;
      ranks.set(e.proposalId, ranks.get(e.proposalId)! + rank);
      // A scorer's vote goes to the proposal they alone placed first; one shared first place is no vote.
      const sharedFirst = group.filter((o) => o.scorerTotals.get(scorer)!.compare(mine) === 0).length > 1;
      if (rank === 1 && !sharedFirst) firsts.set(e.proposalId, firsts.get(e.proposalId)! + 1);
    }
  }
  return rule === 'rank_sum' ? (e) => ranks.get(e.proposalId)! : (e) => -firsts.get(e.proposalId)!;
}

function compareKeys(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}
