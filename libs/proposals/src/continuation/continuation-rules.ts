/**
 * 継続事業の判定: pure rules on a proposal's state and its chain of predecessors.
 */

/**
 * States a proposal reaches only by adoption: decided or disclosed as adopted (with or without conditions), then
 * the agreement, its implementation, its end-of-term evaluation and completion. A provisional adoption (内定) is not
 * one yet.
 */
const ADOPTED_STATES = [
  'decided.adopted',
  'decided.adoptedWithConditions',
  'disclosed.adopted',
  'disclosed.adoptedWithConditions',
];
const ADOPTED_PREFIXES = ['agreement', 'implementation', 'projectEvaluation', 'completed'];

export function isAdoptedState(state: string): boolean {
  return ADOPTED_STATES.includes(state) || ADOPTED_PREFIXES.some((p) => state === p || state.startsWith(`${p}.`));
}

/** The same rule as isAdoptedState, as an SQL condition on `p.state` (constants only, no input). */
export const ADOPTED_STATE_SQL = `(p.state IN (${ADOPTED_STATES.map((s) => `'${s}'`).join(', ')}) OR ${ADOPTED_PREFIXES.map(
  (p) => `p.state = '${p}' OR p.state LIKE '${p}.%'`,
).join(' OR ')})`;

/**
 * The year a proposal continuing `predecessorChainLength` years of the project would be: the first year counts as 1,
 * so continuing a first-year project makes year 2.
 */
export function continuationYear(predecessorChainLength: number): number {
  return predecessorChainLength + 1;
}

/** The project has ended (END sent): its end-of-term evaluation runs or is done. */
export function hasEnded(state: string): boolean {
  return state === 'completed' || state === 'projectEvaluation' || state.startsWith('projectEvaluation.');
}

/**
 * 継続の前提: the predecessor's project was actually carried out — its agreement concluded and the project ended,
 * or its results report (実績報告) accepted. An adoption never followed by an agreement is not a project to continue.
 */
export function wasCarriedOut(
  state: string,
  record: { agreementConcluded: boolean; resultsReportAccepted: boolean },
): boolean {
  return record.resultsReportAccepted || (record.agreementConcluded && hasEnded(state));
}

/**
 * A proposal that still counts as the project's continuation: anything but one withdrawn, closed (ineligible,
 * expired) or not adopted. While one is live, no second may continue the same predecessor.
 */
export function isLiveContinuation(state: string): boolean {
  if (state === 'withdrawn' || state === 'closed' || state.startsWith('closed.')) return false;
  return state !== 'decided.notAdopted' && state !== 'disclosed.notAdopted';
}
