import type { PlanChange } from './plan-change';
import { planChangeEffect, targetsInForce, termsWithoutKind } from './plan-terms';

const KPIS = [
  { name: '食堂の延べ利用者数', target: 1200 },
  { name: '開催回数', target: 96 },
];

const approved = (reviewedAt: string, kpiTargets: Array<{ name: string; target: number }>): PlanChange => ({
  id: reviewedAt,
  proposalId: 'p',
  requesterParty: 'group',
  requestedBy: 'u',
  kinds: ['kpis'],
  reason: 'r',
  description: 'd',
  budgetTotal: null,
  terms: { kpiTargets },
  applied: { before: {}, after: { kpiTargets } },
  status: 'approved',
  reviewNote: null,
  reviewedBy: 's',
  reviewedAt,
  createdAt: reviewedAt,
});

describe('plan change terms', () => {
  it('names the terms whose kind the request did not choose', () => {
    expect(termsWithoutKind({ termEnd: '2027-03-31', grantedAmount: 1, roleSharing: 'x' }, ['period'])).toEqual([
      'grantedAmount',
      'roleSharing',
    ]);
    expect(termsWithoutKind({ termEnd: '2027-03-31', kpiTargets: [] }, ['period', 'kpis'])).toEqual([]);
  });

  it('keeps the proposal’s targets until an approval, then the last approved one, in the order of approval', () => {
    const later = approved('2026-10-01T00:00:00.000Z', [{ name: '開催回数', target: 80 }]);
    const earlier = approved('2026-07-01T00:00:00.000Z', [
      { name: '開催回数', target: 90 },
      { name: '食堂の延べ利用者数', target: 1000 },
    ]);
    const returned = {
      ...approved('2026-11-01T00:00:00.000Z', [{ name: '開催回数', target: 10 }]),
      status: 'returned' as const,
    };
    expect(targetsInForce(KPIS, [])).toEqual(
      new Map([
        ['食堂の延べ利用者数', { target: 1200, plannedTarget: 1200, changedAt: null }],
        ['開催回数', { target: 96, plannedTarget: 96, changedAt: null }],
      ]),
    );
    expect(targetsInForce(KPIS, [later, earlier, returned])).toEqual(
      new Map([
        ['食堂の延べ利用者数', { target: 1000, plannedTarget: 1200, changedAt: '2026-07-01T00:00:00.000Z' }],
        ['開催回数', { target: 80, plannedTarget: 96, changedAt: '2026-10-01T00:00:00.000Z' }],
      ]),
    );
  });

  it('states each changed term before and after, and nothing it does not change', () => {
    const agreement = {
      termStart: '2026-04-01',
      termEnd: '2027-03-31',
      roleSharing: '団体：運営',
      costSharing: '市：会場費',
      grantedAmount: 650_000,
    };
    expect(
      planChangeEffect(
        { termEnd: '2027-05-31', grantedAmount: 600_000, kpiTargets: [{ name: '開催回数', target: 88 }] },
        agreement,
        targetsInForce(KPIS, []),
      ),
    ).toEqual({
      before: { termEnd: '2027-03-31', grantedAmount: 650_000, kpiTargets: [{ name: '開催回数', target: 96 }] },
      after: { termEnd: '2027-05-31', grantedAmount: 600_000, kpiTargets: [{ name: '開催回数', target: 88 }] },
    });
  });
});
