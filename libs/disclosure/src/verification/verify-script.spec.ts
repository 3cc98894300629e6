import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  aggregateStage,
  DEFAULT_EVALUATION_SETTINGS,
  type ProposalSheets,
  pseudonyms,
  type RubricDefinition,
  scoringOf,
  type TieBreakRule,
} from '@kyodo/review';
import type { PackageView } from '../publications/publication-package';
import { verificationFiles } from './verification-files';
import { VERIFY_SCRIPT } from './verify-script';

/**
 * verify.mjs against the aggregation itself: whatever the rule (majority, lower amount, rank sum, committee), the
 * scoring (range on a 1–5 sheet, decimal steps) and the rounding, the script's recomputation agrees with what Kyodo
 * published, and a changed figure is named. Three scorers on four proposals, two of them tied on the total.
 */
const rubric: RubricDefinition = {
  titleJa: '審査票',
  titleEn: 'Sheet',
  scoring: 'range',
  criteria: [
    { key: 'need', labelJa: '必要性', labelEn: 'Need', weight: 25, scale: { min: 1, max: 5, step: 0.5 } },
    { key: 'plan', labelJa: '実現性', labelEn: 'Feasibility', weight: 15, scale: { min: 1, max: 5, step: 1 } },
  ],
};
const panel: ProposalSheets[] = [
  sheet('p1', [4.5, 3], [3, 4], [5, 2]),
  sheet('p2', [4, 4], [3.5, 3], [4, 4]),
  sheet('p3', [4, 4], [4, 4], [3.5, 3]),
  sheet('p4', [2, 1], [1.5, 2], [3, 5]),
];
const amounts = new Map<string, number | null>([
  ['p1', 400_000],
  ['p2', 300_000],
  ['p3', 200_000],
  ['p4', null],
]);

function sheet(proposalId: string, ...scores: Array<[number, number]>): ProposalSheets {
  return {
    proposalId,
    sheets: scores.map(([need, plan], i) => ({ reviewerId: `r${i}`, scores: { need, plan } })),
    recused: [],
  };
}

/** The decision packages BuildPublication would store for the panel under the rule. */
function packages(tieBreak: TieBreakRule) {
  const settings = { ...DEFAULT_EVALUATION_SETTINGS, tieBreak, scoreDecimals: { min: 0, max: 1 } };
  const results = aggregateStage(rubric, panel, { ...settings, requestedAmounts: amounts });
  const names = pseudonyms('call-1', 'document', ['r0', 'r1', 'r2']);
  return results.map((r) => {
    const sheets = panel.find((p) => p.proposalId === r.proposalId)!.sheets;
    const pkg = {
      proposal: {
        id: r.proposalId,
        receiptNumber: `2026-${r.proposalId}`,
        title: `提案 ${r.proposalId}`,
        origin: 'group',
        organization: { ja: '団体', en: 'Group' },
        activityFields: [],
        requestedAmount: amounts.get(r.proposalId) ?? null,
      },
      call: { id: 'call-1', fiscalYear: 2026 },
      decision: null,
      scores: { document: { total: r.total, rank: r.rank, criteria: [], display: r.display } },
      verification: {
        auditHead: { stream: `proposal:${r.proposalId}`, seq: 7, hash: 'a'.repeat(64) },
        scoreMatrix: {
          document: {
            rubricVersion: 1,
            scoring: scoringOf(rubric),
            criteria: rubric.criteria.map((c) => ({
              key: c.key,
              label: { ja: c.labelJa, en: c.labelEn },
              weight: c.weight,
              scale: { min: c.scale.min, max: c.scale.max },
            })),
            conflictRule: settings.conflictRule,
            tieBreak,
            scoreDecimals: settings.scoreDecimals,
            ranked: panel.length,
            sheets: sheets.map((s) => ({ scorer: names.get(s.reviewerId)!, scores: s.scores })),
          },
        },
      },
    } as PackageView;
    return { proposalId: r.proposalId, version: 1, package: pkg, result: r };
  });
}

describe('verify.mjs recomputes what the aggregation published', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kyodo-verify-spec-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (rows: ReturnType<typeof packages>) => {
    const files = verificationFiles(rows);
    for (const [name, text] of Object.entries(files.csvs)) writeFileSync(join(dir, `${name}.csv`), `\uFEFF${text}`);
    writeFileSync(join(dir, 'rule.json'), files.rule);
    writeFileSync(join(dir, 'verify.mjs'), VERIFY_SCRIPT);
  };
  const run = () => spawnSync(process.execPath, ['verify.mjs'], { cwd: dir, encoding: 'utf8' });

  it.each(['majority', 'lower_amount', 'rank_sum', 'committee'] as const)(
    'under %s: every total and rank is OK',
    (rule) => {
      const rows = packages(rule);
      // p2 and p3 tie on the total: the fixture exercises the rule.
      const total = (id: string) => rows.find((r) => r.proposalId === id)!.result.total;
      expect(total('p2')).toBe(total('p3'));
      write(rows);
      const result = run();
      expect([result.status, result.stderr]).toEqual([0, '']);
      expect(result.stdout.split('\n').filter((l) => l.startsWith('OK  '))).toHaveLength(4);
    },
  );

  it('names the proposal whose published rank does not follow from the matrix', () => {
    const rows = packages('lower_amount');
    const [a, b] = ['p2', 'p3'].map((id) => rows.find((r) => r.proposalId === id)!.package.scores!.document!);
    [a!.rank, b!.rank] = [b!.rank, a!.rank];
    write(rows);
    const result = run();
    expect(result.status).toBe(1);
    const ng = result.stdout.split('\n').filter((l) => l.startsWith('NG  '));
    expect(ng.map((l) => l.split(' ')[2])).toEqual(['2026-p2', '2026-p3']);
    expect(ng[0]).toContain('順位 rank: 公表');
  });

  it('says a rank cannot be checked when not every ranked proposal is published, and still checks the totals', () => {
    write(packages('rank_sum').slice(0, 3));
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('照合できません');
  });

  it('refuses a folder without the files (exit 2)', () => {
    writeFileSync(join(dir, 'verify.mjs'), VERIFY_SCRIPT);
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read');
  });
});
