import type { Actor, ProposalEvent, ProposalFacts } from './proposal-types';

/** Factories with overrides for the machine's tests. */
export const facts = (overrides: Partial<ProposalFacts> = {}): ProposalFacts => ({
  beforeSubmissionDeadline: true,
  contentComplete: true,
  allScoreSheetsSubmitted: true,
  quorumMet: true,
  consultationRequired: false,
  provisionalAdoption: false,
  preConsultationEnabled: true,
  ...overrides,
});

export const actors = {
  owner: { userId: 'u-owner', roles: ['proposer'], relation: 'owner' },
  otherProposer: { userId: 'u-other', roles: ['proposer'], relation: 'other' },
  secretariat: { userId: 'u-sec', roles: ['secretariat'], relation: 'secretariat' },
  department: { userId: 'u-dept', roles: ['reviewer'], relation: 'partnerDepartment' },
  chair: { userId: 'u-chair', roles: ['committee_chair'], relation: 'committee' },
  member: { userId: 'u-member', roles: ['committee_member'], relation: 'committee' },
  admin: { userId: 'u-admin', roles: ['admin'], relation: 'other' },
  system: { userId: 'system', roles: ['system'], relation: 'system' },
} satisfies Record<string, Actor>;

export type ActorName = keyof typeof actors;

/** A valid payload for each event type (the minimum its guard asks for). */
export const PAYLOADS: Record<string, Record<string, unknown>> = {
  RECORD_PRE_CONSULTATION: { note: '事前相談を実施（市民協働推進課）' },
  RETURN: { reason: '収支予算の合計が一致しません。' },
  REJECT_INELIGIBLE: { reason: '営利を目的とする事業のため対象外です。' },
  FILE_CONSULTATION_REPORT: {
    opinion: '協働の必要性は高い',
    feasibility: '実施可能',
    budgetIntent: '予算要求する',
    conditions: ['個人情報の取扱いを協定で定める'],
  },
  FINALIZE: { decision: 'adopted', reason: '地域ニーズの把握が的確で、役割分担が明確である。' },
  BUDGET_REJECTED: { reason: '予算が成立しなかったため。' },
  CONCLUDE_AGREEMENT: {
    termStart: '2026-04-01',
    termEnd: '2027-03-31',
    roleSharing: '団体：運営／市：会場と広報',
    informationSharing: '月次の定例会',
  },
  REPORT_PROGRESS: { summary: '第1四半期：延べ320人が利用' },
  RECORD_MILESTONE: { title: '100回目の開催' },
  RESOLVE_CONDITION: { conditionId: 'c1', note: '協定書第8条に規定' },
  SUBMIT_SELF_EVALUATION: { party: 'group', summary: '目標をおおむね達成', scores: { achievement: 4 } },
  ASSESS: { verdict: 'A', comment: '相乗効果が大きく、継続が望ましい。' },
  WITHDRAW: { reason: '団体の体制が整わないため。' },
};

export function event(type: string, actor: ActorName, extra: Record<string, unknown> = {}, f = facts()): ProposalEvent {
  return {
    type,
    ...PAYLOADS[type],
    ...extra,
    actor: actors[actor],
    at: '2026-05-01T09:00:00.000Z',
    facts: f,
  } as ProposalEvent;
}
