import { actors, facts } from './proposal-machine.fixtures';
import { ADOPTED, IMPLEMENTING, TO_JOINT, walk } from './proposal-machine.walks';
import { allowedProposalEvents, createProposalSnapshot } from './proposal-runtime';

/**
 * What a transition leaves behind beside its state: the declared effects, the context (decision, conditions, the
 * budget's outcome) and the events each actor may send next. The states and transitions themselves, and their
 * coverage, are proposal-machine.spec.ts's.
 */
describe('proposal machine: effects and context', () => {
  it('declares effects for the service to turn into outbox rows', () => {
    const submitted = walk([['SUBMIT', 'owner']]);
    expect(submitted.effects).toEqual([
      { type: 'notify', template: 'proposal.submitted', audience: 'secretariat' },
      { type: 'notify', template: 'proposal.received', audience: 'owners' },
      { type: 'assignReceiptNumber' },
      { type: 'freezeVersion' },
    ]);
    expect(walk(ADOPTED).effects).toContainEqual({ type: 'publish', kind: 'decision' });
  });

  it('freezes a version on every submission, and numbers the receipt on the first only', () => {
    const resubmitted = walk([
      ['SUBMIT', 'owner'],
      ['RETURN', 'secretariat'],
      ['RESUBMIT', 'owner'],
    ]);
    expect(resubmitted.effects).toEqual([
      { type: 'notify', template: 'proposal.resubmitted', audience: 'secretariat' },
      { type: 'freezeVersion' },
    ]);
    expect(walk(ADOPTED).effects.map((effect) => effect.type)).not.toContain('freezeVersion');
  });

  it('keeps decisions, conditions and reports in the context', () => {
    const result = walk([...IMPLEMENTING, ['RESOLVE_CONDITION', 'secretariat']]);
    expect(result.context.decision).toMatchObject({
      outcome: 'adoptedWithConditions',
      provisional: false,
      by: 'u-chair',
    });
    expect(result.context.conditions).toEqual([
      {
        id: 'c1',
        text: '協定で個人情報の扱いを定める',
        resolvedAt: '2026-05-01T09:00:00.000Z',
        note: '協定書第8条に規定',
      },
      { id: 'c2', text: '月次報告', resolvedAt: null, note: null },
    ]);
    expect(result.context.agreement).toMatchObject({ termStart: '2026-04-01', termEnd: '2027-03-31' });
  });

  it('keeps the committee’s 講評 when the budget falls, and the budget’s reason beside it', () => {
    const result = walk([
      ...TO_JOINT,
      ['FINALIZE', 'chair', { provisional: true }],
      ['BUDGET_REJECTED', 'secretariat', { reason: '議会で予算が否決されたため。' }],
    ]);
    expect(result.context.decision).toEqual({
      at: '2026-05-01T09:00:00.000Z',
      by: 'u-chair',
      outcome: 'notAdopted',
      reason: '地域ニーズの把握が的確で、役割分担が明確である。',
      provisional: false,
      budgetRejection: { at: '2026-05-01T09:00:00.000Z', by: 'u-sec', reason: '議会で予算が否決されたため。' },
    });
  });

  it('marks a single decision provisional only when the committee or the call says so', () => {
    const one = walk([...TO_JOINT, ['FINALIZE', 'chair', { provisional: true }]]);
    expect(one.context.decision).toMatchObject({ outcome: 'adopted', provisional: true, budgetRejection: null });
    const plain = walk([...TO_JOINT, ['FINALIZE', 'chair', { provisional: false }]]);
    expect(plain.state).toBe('decided.adopted');
    expect(plain.context.decision).toMatchObject({ provisional: false });
  });

  it('publishes the outcome again when the budget of a published 内定 is decided', () => {
    const published = walk([...TO_JOINT, ['FINALIZE', 'chair', { provisional: true }], ['PUBLISH', 'secretariat']]);
    expect(published.effects).toContainEqual({ type: 'publish', kind: 'decision' });
    const approved = walk([
      ...TO_JOINT,
      ['FINALIZE', 'chair', { provisional: true }],
      ['PUBLISH', 'secretariat'],
      ['BUDGET_APPROVED', 'secretariat'],
    ]);
    expect(approved.effects).toEqual([
      { type: 'notify', template: 'budget.approved', audience: 'owners' },
      { type: 'publish', kind: 'decision' },
    ]);
    const unpublished = walk([
      ...TO_JOINT,
      ['FINALIZE', 'chair', { provisional: true }],
      ['BUDGET_APPROVED', 'secretariat'],
    ]);
    expect(unpublished.effects).toEqual([{ type: 'notify', template: 'budget.approved', audience: 'owners' }]);
  });

  it('lists the events each actor may send now', () => {
    const draft = createProposalSnapshot({ proposalId: 'p1', callId: 'c1', origin: 'group' }).snapshot;
    expect(allowedProposalEvents(draft, actors.owner, facts())).toEqual([
      'RECORD_PRE_CONSULTATION',
      'SUBMIT',
      'WITHDRAW',
    ]);
    expect(
      allowedProposalEvents(draft, actors.owner, facts({ contentComplete: false, preConsultationEnabled: false })),
    ).toEqual(['WITHDRAW']);
    expect(allowedProposalEvents(draft, actors.otherProposer, facts())).toEqual([]);
    const joint = walk(TO_JOINT).snapshot;
    expect(allowedProposalEvents(joint, actors.chair, facts())).toEqual(['FINALIZE']);
    expect(allowedProposalEvents(joint, actors.chair, facts({ quorumMet: false }))).toEqual([]);
    expect(allowedProposalEvents(joint, actors.secretariat, facts())).toEqual([]);
  });
});
