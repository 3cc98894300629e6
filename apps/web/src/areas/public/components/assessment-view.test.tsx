import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PublicPackage } from '../models';
import { AssessmentView } from './assessment-view';

const base: PublicPackage = {
  kind: 'assessment',
  proposal: {
    id: 'p1',
    receiptNumber: '2026-0001',
    title: '地域食堂',
    origin: 'group',
    organization: { ja: 'NPO法人かけはし', en: 'Kakehashi' },
    partnerDepartments: [],
    theme: null,
    summary: null,
    background: null,
    objectives: null,
    kpis: [],
    activityFields: [],
    requestedAmount: null,
  },
  call: { id: 'c1', fiscalYear: 2026, title: { ja: '令和8年度', en: 'FY2026' } },
  decision: null,
  conditions: [],
  // As packages were published before KPIs and self-evaluations were carried: verdict, comment, date only.
  assessment: { verdict: 'B', comment: '継続が望ましい。', assessedAt: '2027-05-20T01:00:00.000Z' },
  scores: {},
  consensus: null,
  committee: null,
  state: 'completed',
  rounding: { ja: '小数第2位まで', en: 'Two decimals' },
};

const rows = (id: string) =>
  [...document.querySelectorAll(`#${id} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('AssessmentView', () => {
  it('renders an old package without KPIs or self-evaluations: verdict and comment only', () => {
    render(<AssessmentView pkg={base} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('事業評価');
    expect(screen.getByText('評価 B')).toBeTruthy();
    expect(screen.getByText('継続が望ましい。')).toBeTruthy();
    expect(document.querySelector('#public-assessment-kpis')).toBeNull();
    expect(document.querySelector('#public-self-evaluations')).toBeNull();
  });

  it('shows KPIs planned against actual and both self-evaluations side by side, flagging a difference of 2', () => {
    render(
      <AssessmentView
        pkg={{
          ...base,
          assessment: {
            ...base.assessment!,
            kpis: [
              {
                kind: 'outcome',
                name: '延べ利用者数',
                unit: '人',
                baseline: 0,
                target: 1200,
                actual: 1000,
                achievementPercent: 83.3,
              },
              {
                kind: 'activity',
                name: '開催回数',
                unit: '回',
                baseline: null,
                target: 96,
                actual: null,
                achievementPercent: null,
              },
            ],
            achievementRounding: { ja: '小数第1位まで表示します。', en: 'One decimal.' },
            selfEvaluations: {
              group: { summary: 'おおむね達成', submittedAt: '2027-04-10T00:00:00.000Z' },
              department: null,
              criteria: [
                {
                  key: 'achievement',
                  label: { ja: '目標の達成度', en: 'Achievement' },
                  scale: { min: 1, max: 5 },
                  group: 5,
                  department: 3,
                  differsBy2: true,
                },
                { key: 'reach', label: null, scale: null, group: 2, department: null, differsBy2: false },
              ],
            },
            combined: null,
          },
        }}
      />,
    );
    expect(rows('public-assessment-kpis')).toEqual([
      ['延べ利用者数', '1,200人', '1,000人', '83.3%'],
      ['開催回数', '96回', '報告なし', '—'],
    ]);
    expect(screen.getByText('小数第1位まで表示します。')).toBeTruthy();
    expect(rows('public-self-evaluations')).toEqual([
      ['目標の達成度', '5', '3', '差あり'],
      ['reach', '2', '未提出', '—'],
    ]);
    expect(screen.getByText('おおむね達成')).toBeTruthy();
  });
});
