import { createHash } from 'node:crypto';
import type { LocalizedText } from '@kyodo/platform';
import { reviewerLetter } from '../reviewer-labels';
import type { ConflictRule, ScoreDecimals, ScoringMethod, TieBreakRule } from '../aggregation';

/**
 * One stage of one proposal as open data lets anyone recompute it: the rule that aggregated the stage and each
 * counted sheet under a pseudonym (委員A, 委員B …), never a name or an id.
 */
export interface StageScoreMatrix {
  rubricVersion: number;
  scoring: ScoringMethod;
  criteria: Array<{ key: string; label: LocalizedText; weight: number; scale: { min: number; max: number } }>;
  conflictRule: ConflictRule;
  tieBreak: TieBreakRule;
  scoreDecimals: ScoreDecimals;
  /** How many proposals the stage ranked when the package was built: a rank is checkable only with all of them. */
  ranked: number;
  sheets: Array<{ scorer: string; scores: Record<string, number> }>;
}

/**
 * The pseudonyms of a stage's panel: its scorers ordered by a hash of their id salted by the call and the stage, then
 * lettered 委員A, 委員B … (委員AA after 委員Z). The same scorer has the same letter on every proposal of the stage (so
 * tie-break rules that compare one scorer’s sheets can be recomputed), an unrelated one at another stage or call, and
 * the letter says nothing of who they are or of the order they were assigned in.
 */
export function pseudonyms(callId: string, stage: string, reviewerIds: Iterable<string>): Map<string, string> {
  const hashOf = (id: string) =>
    createHash('sha256').update(`kyodo-score-matrix\u0000${callId}\u0000${stage}\u0000${id}`).digest('hex');
  const ordered = [...new Set(reviewerIds)]
    .map((id) => ({ id, hash: hashOf(id) }))
    .sort((a, b) => (a.hash < b.hash ? -1 : 1));
  return new Map(ordered.map((entry, index) => [entry.id, `委員${reviewerLetter(index)}`]));
}

/** The pseudonym's place in the panel (委員B → 1), to list sheets in letter order. */
export function pseudonymOrder(name: string): number {
  let n = 0;
  for (const char of name.replace(/^委員/, '')) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}
