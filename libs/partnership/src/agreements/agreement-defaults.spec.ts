import { agreementDefaults } from './agreement-defaults';

describe('agreementDefaults', () => {
  const sources = {
    content: {
      requestedAmount: 480_000,
      roleSharing: [
        { task: '食堂の運営', group: '調理と受付', city: '会場の提供', costBorneBy: 'group' as const },
        { task: '広報', group: 'チラシ配布', city: '広報紙への掲載', costBorneBy: 'city' as const },
      ],
    },
    group: { organizationId: 'g', name: 'NPO法人みどり' },
    department: { organizationId: 'd', name: 'こども家庭課' },
    parties: [],
    fiscalYear: 2026,
    today: '2026-12-05',
  };

  it('carries the parties, the fiscal year as the term, the sharing and the requested amount over', () => {
    const terms = agreementDefaults(sources);
    expect(terms.group.name).toBe('NPO法人みどり');
    expect(terms.department.name).toBe('こども家庭課');
    expect([terms.termStart, terms.termEnd]).toEqual(['2026-04-01', '2027-03-31']);
    expect(terms.roleSharing.split('\n')).toEqual([
      '食堂の運営：団体　調理と受付／市　会場の提供',
      '広報：団体　チラシ配布／市　広報紙への掲載',
    ]);
    expect(terms.costSharing.split('\n')).toEqual(['食堂の運営：団体負担', '広報：市負担']);
    expect(terms.grantedAmount).toBe(480_000);
    expect(terms.madeOn).toBe('2026-12-05');
  });

  it('leaves the amount at zero and the sharing empty when the proposal has none', () => {
    const terms = agreementDefaults({ ...sources, content: {} });
    expect(terms.grantedAmount).toBe(0);
    expect(terms.roleSharing).toBe('');
    expect(terms.costSharing).toBe('');
  });
});
