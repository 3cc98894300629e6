import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type PartnershipMemory, PartnershipMemoryView } from './partnership-memory-view';

const org = (id: string, kind: 'group' | 'department', ja: string) => ({ id, kind, name: { ja, en: ja } });
const GROUP = org('g1', 'group', 'NPO法人みどり');
const DEPARTMENT = org('d1', 'department', 'こども家庭課');
const empty = { summary: { proposals: 0, adopted: 0, assessed: 0 }, projects: [] };

const memory = (): PartnershipMemory => ({
  proposalId: 'p2026',
  groups: [GROUP],
  departments: [DEPARTMENT],
  sections: {
    pair: {
      summary: { proposals: 1, adopted: 1, assessed: 1 },
      projects: [
        {
          proposalId: 'p2024',
          fiscalYear: 2024,
          title: '多世代食堂',
          receiptNumber: '2024-0001',
          state: 'completed',
          origin: 'group',
          groups: [GROUP],
          departments: [DEPARTMENT],
          decision: {
            outcome: 'adoptedWithConditions',
            comment: '役割分担が明確である。',
            decidedAt: '2024-06-01T00:00:00Z',
            published: true,
          },
          agreement: {
            concludedAt: '2024-07-01T00:00:00Z',
            termStart: '2024-07-01',
            termEnd: '2025-03-31',
            partnershipForm: 'hojo',
            grantedAmount: 500000,
          },
          progressReports: { filed: 3, accepted: 2, returned: 1 },
          resultsReport: { status: 'accepted', summary: '延べ1,150人が利用', usedAmount: 480000, returnAmount: 20000 },
          assessment: {
            verdict: 'B',
            comment: '目標におおむね届いた。',
            assessedAt: '2025-05-01T00:00:00Z',
            published: false,
          },
          selfEvaluationGap: { compared: 3, differing: [{ key: 'feasibility', group: 5, department: 2 }] },
          kpis: [
            {
              kind: 'outcome',
              name: '延べ利用者数',
              unit: '人',
              target: 1200,
              plannedTarget: 1200,
              actual: 1150,
              actualFrom: 'results_report',
              achievementPercent: 95.8,
            },
          ],
        },
      ],
    },
    groupOnly: empty,
    departmentOnly: empty,
  },
});

describe('PartnershipMemoryView', () => {
  it('shows a past project’s decision, agreement, reports, verdict, self-evaluation gap and KPIs in Japanese', () => {
    render(<PartnershipMemoryView memory={memory()} />);
    const pair = screen.getByTestId('memory-pair');
    expect(pair.textContent).toContain('提案 1件・採択 1件・事業評価 1件');
    const project = within(pair).getByTestId('memory-project');
    const text = project.textContent ?? '';
    expect(text).toContain('令和6（2024）年度「多世代食堂」');
    expect(text).toContain('条件付き採択');
    expect(text).toContain('公表済み');
    expect(text).toContain('補助');
    expect(text).toContain('提出 3件（受理 2件・差戻し 1件）');
    expect(text).toContain('受理・交付額のうち使用 480,000円・返還 20,000円');
    // The verdict is recorded but its package not yet out: marked so.
    expect(text).toContain('評価 B');
    expect(text).toContain('未公表');
    expect(text).toContain('3項目中 1項目で2点以上の差');
    expect(text).toContain('feasibility（5／2）');
    expect(text).toContain('95.8%');
    expect(screen.getByTestId('memory-groupOnly').textContent).toContain('記録はありません。');
  });
});
