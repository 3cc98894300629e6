import { actors, type ActorName, event, facts } from './proposal-machine.fixtures';
import { applyProposalEvent, createProposalSnapshot } from './proposal-runtime';
import { PROPOSAL_EVENT_TYPES, type ProposalEvent, type ProposalFacts } from './proposal-types';

/** Walks through the machine for its tests; `observed` collects every transition taken, for the coverage check. */
export type Step = [type: string, actor: ActorName, extra?: Record<string, unknown>, facts?: Partial<ProposalFacts>];

export const observed = new Set<string>();

/** Dotted paths of every active state node (parents included), e.g. submitted, submitted.screening. */
export function activePaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...activePaths(child, path)];
  });
}

export function valueOf(snapshot: unknown): unknown {
  return (snapshot as { value: unknown }).value;
}

/** Applies steps from a fresh draft, failing on any step that does not move; records transitions. */
export function walk(steps: Step[]) {
  let current = createProposalSnapshot({ proposalId: 'p1', callId: 'c1', origin: 'group' }).snapshot;
  let last = applyProposalEvent(current, event('RECORD_PRE_CONSULTATION', 'owner'));
  last = { ...last, snapshot: current, changed: false };
  for (const [type, actor, extra, factOverrides] of steps) {
    const before = activePaths(valueOf(current));
    last = applyProposalEvent(current, event(type, actor, extra, facts(factOverrides)));
    if (!last.changed) throw new Error(`step ${type} by ${actor} did not move from ${before.join(',')}`);
    for (const from of before)
      for (const to of activePaths(valueOf(last.snapshot))) observed.add(`${from}|${type}|${to}`);
    current = last.snapshot;
  }
  return last;
}

export const TO_REVIEW: Step[] = [
  ['SUBMIT', 'owner'],
  ['ACCEPT', 'secretariat'],
];
export const TO_JOINT: Step[] = [...TO_REVIEW, ['REVIEW_COMPLETE', 'secretariat']];
export const ADOPTED: Step[] = [...TO_JOINT, ['FINALIZE', 'chair'], ['PUBLISH', 'secretariat']];
export const WITH_CONDITIONS: Step[] = [
  ...TO_JOINT,
  [
    'FINALIZE',
    'chair',
    { decision: 'adoptedWithConditions', conditions: ['協定で個人情報の扱いを定める', '月次報告'] },
  ],
  ['PUBLISH', 'secretariat'],
];
export const IMPLEMENTING: Step[] = [
  ...WITH_CONDITIONS,
  ['CONCLUDE_AGREEMENT', 'secretariat'],
  ['START', 'secretariat'],
];

/** Every event type from every actor under each fact variant: the candidates the coverage search tries. */
export function candidateEvents(): ProposalEvent[] {
  const variants: Array<Partial<ProposalFacts>> = [{}, { consultationRequired: true }, { provisionalAdoption: true }];
  const extras: Record<string, Array<Record<string, unknown>>> = {
    FINALIZE: [
      {},
      { decision: 'adoptedWithConditions', conditions: ['条件'] },
      { decision: 'notAdopted' },
      { provisional: true },
    ],
    SUBMIT_SELF_EVALUATION: [{ party: 'group' }, { party: 'department' }],
  };
  return PROPOSAL_EVENT_TYPES.flatMap((type) =>
    (Object.keys(actors) as ActorName[]).flatMap((actor) =>
      variants.flatMap((f) => (extras[type] ?? [{}]).map((extra) => event(type, actor, extra, facts(f)))),
    ),
  );
}
