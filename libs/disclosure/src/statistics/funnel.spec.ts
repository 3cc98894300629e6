import type { FunnelFact } from '@kyodo/proposals';
import { buildFunnel, percent, stageOf } from './funnel';

const fact = (id: string, over: Partial<FunnelFact>): FunnelFact => ({
  id,
  fiscalYear: 2026,
  proposalType: 'free',
  proposerKind: 'group',
  state: 'disclosed.notAdopted',
  departmentIds: [],
  activityFields: [],
  ...over,
});

const labels = {
  departments: new Map([['dep-1', { ja: '子育て支援課', en: 'Child Support Division' }]]),
  fields: [
    { key: 'welfare', labelJa: '保健・医療・福祉', labelEn: 'Health, medical care and welfare' },
    { key: 'child_development', labelJa: '子どもの健全育成', labelEn: 'Healthy development of children' },
  ],
};

describe('percent', () => {
  it('rounds half up to one decimal, exactly', () => {
    expect(percent(8, 9)).toBe(88.9); // 88.888…
    expect(percent(3, 8)).toBe(37.5);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 16)).toBe(6.3); // 6.25 → 6.3 (half up, where a float would give 6.2)
    expect(percent(17, 19)).toBe(89.5); // Kamakura's 89.4 % is 89.47… cut off, not rounded
    expect(percent(14, 41)).toBe(34.1);
    expect(percent(0, 0)).toBeNull();
  });
});

describe('stageOf', () => {
  it('counts an adoption only once its decision is published', () => {
    expect(stageOf('disclosed.adopted', undefined)).toBe('inReview');
    expect(stageOf('disclosed.adopted', 'adopted')).toBe('adopted');
    expect(stageOf('implementation', 'adoptedWithConditions')).toBe('adopted');
    expect(stageOf('disclosed.notAdopted', 'notAdopted')).toBe('notAdopted');
    expect(stageOf('closed.ineligible', undefined)).toBe('screenedOut');
    expect(stageOf('closed.expired', undefined)).toBe('screenedOut');
    expect(stageOf('withdrawn', undefined)).toBe('withdrawn');
  });

  it('counts a published 内定 apart: neither adopted nor in review until the budget is decided', () => {
    expect(stageOf('disclosed.provisional', 'provisional')).toBe('provisional');
    expect(stageOf('disclosed.adopted', 'adopted')).toBe('adopted');
  });
});

describe('buildFunnel with a 内定', () => {
  // 4 received: one adopted and started, one 内定 waiting for the budget, one not adopted, one undecided.
  const rows = buildFunnel(
    [
      fact('a', { state: 'implementation' }),
      fact('p', { state: 'disclosed.provisional' }),
      fact('n', { state: 'disclosed.notAdopted' }),
      fact('r', { state: 'review' }),
    ],
    new Map([
      ['a', 'adopted'],
      ['p', 'provisional'],
      ['n', 'notAdopted'],
    ]),
    labels,
  );
  it('leaves the 内定 out of 採択 and of the adoption rate (1 of 4 = 25.0 %)', () => {
    const total = rows.find((r) => r.fiscalYear === null && r.dimension === 'total')!;
    expect(total).toMatchObject({ received: 4, adopted: 1, provisional: 1, notAdopted: 1, inReview: 1 });
    expect(total.adoptionRate).toBe(25);
    expect(total.implementationRate).toBe(25);
  });
});

describe('buildFunnel', () => {
  // Theme-based: 9 received, 8 carried out. Free: 8 received, 3 carried out, 1 screened out, 1 withdrawn.
  const theme = Array.from({ length: 9 }, (_, i) =>
    fact(`t${i}`, {
      proposalType: 'theme',
      proposerKind: i < 7 ? 'group' : 'department',
      state: i < 8 ? (i % 2 ? 'implementation' : 'completed') : 'disclosed.notAdopted',
      departmentIds: ['dep-1'],
      activityFields: ['child_development'],
    }),
  );
  const free = [
    ...Array.from({ length: 3 }, (_, i) => fact(`f${i}`, { state: 'projectEvaluation.jointEvaluation' })),
    fact('f3', { state: 'agreement' }), // adopted, agreement concluded, not started: not implemented yet
    fact('f4', { state: 'closed.ineligible' }),
    fact('f5', { state: 'withdrawn' }),
    fact('f6', { state: 'disclosed.notAdopted', activityFields: ['welfare', 'welfare'] }),
    fact('f7', { state: 'review', fiscalYear: 2025 }),
  ];
  const outcomes = new Map<string, string>([
    ...theme.map((f, i): [string, string] => [f.id, i < 8 ? 'adopted' : 'notAdopted']),
    ['f0', 'adopted'],
    ['f1', 'adoptedWithConditions'],
    ['f2', 'adopted'],
    ['f3', 'adopted'],
    ['f6', 'notAdopted'],
  ]);
  const rows = buildFunnel([...theme, ...free], outcomes, labels);
  const row = (fiscalYear: number | null, dimension: string, key: string) =>
    rows.find((r) => r.fiscalYear === fiscalYear && r.dimension === dimension && r.key === key);

  it('gives the implementation rate over the proposals received, by type (8 of 9 and 3 of 8)', () => {
    expect(row(null, 'proposalType', 'theme')).toMatchObject({
      received: 9,
      adopted: 8,
      implemented: 8,
      notAdopted: 1,
      adoptionRate: 88.9,
      implementationRate: 88.9,
      labelJa: 'テーマ設定型',
    });
    expect(row(null, 'proposalType', 'free')).toMatchObject({
      received: 8,
      screenedOut: 1,
      withdrawn: 1,
      inReview: 1,
      notAdopted: 1,
      adopted: 4,
      implemented: 3,
      adoptionRate: 50,
      implementationRate: 37.5,
      labelJa: '自由提案型',
    });
    expect(row(null, 'total', 'all')).toMatchObject({
      received: 17,
      adopted: 12,
      implemented: 11,
      implementationRate: 64.7,
    });
  });

  it('counts a group answering a theme as theme-based, and as a group by proposer', () => {
    expect(row(null, 'typeAndProposer', 'theme:group')).toMatchObject({ received: 7, implemented: 7 });
    expect(row(null, 'typeAndProposer', 'theme:department')).toMatchObject({ received: 2, implemented: 1 });
    expect(row(null, 'proposerKind', 'group')).toMatchObject({ received: 15, implemented: 10 });
    expect(row(null, 'proposerKind', 'department')).toMatchObject({
      received: 2,
      implemented: 1,
      labelJa: '市（担当課）',
    });
  });

  it('splits by fiscal year, keeping zero rows for both types and proposers', () => {
    expect(row(2025, 'total', 'all')).toMatchObject({ received: 1, inReview: 1, adoptionRate: 0 });
    expect(row(2025, 'proposalType', 'theme')).toMatchObject({
      received: 0,
      adoptionRate: null,
      implementationRate: null,
    });
    expect(row(2026, 'proposalType', 'free')).toMatchObject({ received: 7, implemented: 3 });
  });

  it('counts by department and by activity field, once per proposal', () => {
    expect(row(null, 'department', 'dep-1')).toMatchObject({ received: 9, labelJa: '子育て支援課', implemented: 8 });
    expect(row(null, 'field', 'welfare')).toMatchObject({
      received: 1,
      notAdopted: 1,
      labelEn: 'Health, medical care and welfare',
    });
  });

  it('orders all years first, then the newest year, and the dimensions as documented', () => {
    expect(rows[0]).toMatchObject({ fiscalYear: null, dimension: 'total' });
    expect(rows.map((r) => r.fiscalYear).filter((y, i, all) => all.indexOf(y) === i)).toEqual([null, 2026, 2025]);
    const fields = rows.filter((r) => r.fiscalYear === null && r.dimension === 'field').map((r) => r.key);
    expect(fields).toEqual(['welfare', 'child_development']);
  });

  it('never counts a stage beyond what was received: the exclusive stages add up to the proposals received', () => {
    for (const r of rows) {
      expect(r.screenedOut + r.withdrawn + r.inReview + r.provisional + r.notAdopted + r.adopted).toBe(r.received);
      expect(r.implemented).toBeLessThanOrEqual(r.adopted);
    }
  });
});
