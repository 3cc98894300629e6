/**
 * Orders a session's agenda so that no committee member who must leave the
 * room for one proposal (a conflict) has to leave for the next one too:
 * greedy, keeping the given order wherever it already satisfies that.
 * Returns the order and how many adjacent pairs still share a conflicted
 * member (0 when it could be avoided).
 */
export function orderAgenda(
  proposalIds: string[],
  conflictedMembers: Map<string, Set<string>>,
): { order: string[]; unavoidableAdjacencies: number } {
  const remaining = [...proposalIds];
  const order: string[] = [];
  let unavoidable = 0;
  const clash = (a: string | undefined, b: string) => {
    if (!a) return false;
    const left = conflictedMembers.get(a) ?? new Set<string>();
    return [...(conflictedMembers.get(b) ?? [])].some((member) => left.has(member));
  };
  while (remaining.length > 0) {
    const previous = order[order.length - 1];
    let index = remaining.findIndex((candidate) => !clash(previous, candidate));
    if (index === -1) {
      index = 0;
      unavoidable++;
    }
    order.push(remaining.splice(index, 1)[0]!);
  }
  return { order, unavoidableAdjacencies: unavoidable };
}

/** Time slots: each item gets presentation + questions minutes, back to back from the start. */
export function slotTimes(startsAt: Date, count: number, minutes: { presentation: number; questions: number }) {
  const length = (minutes.presentation + minutes.questions) * 60_000;
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(startsAt.getTime() + i * length);
    return {
      startsAt: start.toISOString(),
      questionsAt: new Date(start.getTime() + minutes.presentation * 60_000).toISOString(),
      endsAt: new Date(start.getTime() + length).toISOString(),
    };
  });
}
