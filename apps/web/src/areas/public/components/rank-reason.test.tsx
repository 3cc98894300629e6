import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PublicStageResult } from '../models';
import { contributionsOf, RankReason } from './rank-reason';

/** Two criteria of different weights: 16 of 20 and 24.6 of 40, 40.6 of 60 in all, ranked 2nd. */
const result = {
  rubricVersion: 1,
  criteria: [
    { key: 'need', label: { ja: '必要性', en: 'Need' } },
    { key: 'plan', label: { ja: '実現性', en: 'Feasibility' } },
  ],
  total: 67.67,
  rank: 2,
  tied: false,
  display: {
    scorers: 3,
    total: '40.6',
    fullMarks: '60',
    onHundred: null,
    criteria: [
      { key: 'need', mean: '4', scaleMax: '5', points: '16', weight: '20' },
      { key: 'plan', mean: '3.08', scaleMax: '5', points: '24.6', weight: '40' },
    ],
    pointsShown: true,
    roundingNote: false,
  },
} as unknown as PublicStageResult;

describe('RankReason: each criterion’s part in the total', () => {
  it('works out each share of the weight and of the total from the published figures', () => {
    const rows = contributionsOf(result.display!);
    expect(rows.map((r) => [r.key, r.rate, Math.round(r.share * 10) / 10])).toEqual([
      ['need', 80, 39.4],
      ['plan', 61.5, 60.6],
    ]);
  });

  it('says it in sentences beside the table, in Japanese, with where to recompute it', () => {
    render(<RankReason result={result} stageName="書類審査" callId="c-1" />);
    expect(screen.getByText('この順位の理由')).toBeTruthy();
    expect(screen.getByText(/合計40.6点（60点満点）で2位でした。/).textContent).toBe(
      '合計40.6点（60点満点）で2位でした。 最も多く得点した項目は「実現性」（合計の60.6%）です。 配点に対する得点率が最も低い項目は「実現性」（61.5%）です。',
    );
    expect(screen.getByText('「必要性」：配点20点のうち16点（得点率80.0%）、合計の39.4%。')).toBeTruthy();
    expect(screen.getByTestId('rank-reason-share-plan').textContent).toBe('60.6%');
    expect(screen.getByRole('link', { name: '公開データ（ZIP）をダウンロード' }).getAttribute('href')).toBe(
      '/api/v1/public/open-data/c-1.zip',
    );
  });

  it('shows nothing for a package published before the display was carried', () => {
    const { container } = render(
      <RankReason result={{ ...result, display: undefined } as PublicStageResult} stageName="書類審査" callId="c-1" />,
    );
    expect(container.innerHTML).toBe('');
  });
});
