import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PublicPackage, PublicTieBreak } from '../models';
import { ScoreSection } from './score-section';

/** A package whose document-stage total (60, rank 1) was tied with another proposal's. */
const tiedPackage = (tieBreak: PublicTieBreak | null | undefined): PublicPackage =>
  ({
    scores: {
      document: {
        rubricVersion: 1,
        criteria: [],
        total: 60,
        rank: 1,
        passes: true,
        conflictRule: 'renormalize',
        substituted: 0,
        tied: true,
        ...(tieBreak === undefined ? {} : { tieBreak }),
      },
    },
    consensus: null,
  }) as unknown as PublicPackage;

const rankText = () => screen.getByText(/1位/).textContent;

describe('ScoreSection: a tied total says which rule ranked it', () => {
  it('names the rule that gave the place (順位合計方式)', () => {
    render(<ScoreSection pkg={tiedPackage({ rule: 'rank_sum', resolved: true })} />);
    expect(rankText()).toBe('1位（同点のため順位合計方式により順位を決定）');
  });

  it('says the committee decides on overall merit', () => {
    render(<ScoreSection pkg={tiedPackage({ rule: 'committee', resolved: false })} />);
    expect(rankText()).toBe('1位（同点。総合的な優劣により委員会が決定）');
  });

  it('says a rule that could not break the tie left it to the committee', () => {
    render(<ScoreSection pkg={tiedPackage({ rule: 'lower_amount', resolved: false })} />);
    expect(rankText()).toBe('1位（同点。見積金額が低い者からでも同順位のため委員会が決定）');
  });

  it('keeps 「同点あり」 for a package published before the rule was recorded', () => {
    render(<ScoreSection pkg={tiedPackage(undefined)} />);
    expect(rankText()).toBe('1位（同点あり）');
  });
});

/**
 * 茂原市's published table (https://www.city.mobara.chiba.jp/0000007006.html) as the API displays it (the figures
 * are the ones test/published-score-table.e2e.spec.ts gets from fifteen sheets): the page shows them as given.
 */
const means = ['4.4', '4', '4.4', '4.13', '4', '3.87', '3.27', '4.13', '4.13', '4.13', '4.13', '4'];
type Stage = NonNullable<PublicPackage['scores']['document']>;
const stage = (roundingNote: boolean, display = true): Stage => ({
  rubricVersion: 1,
  criteria: means.map((mean, i) => ({
    key: `item${i + 1}`,
    count: 15,
    mean: Number(mean),
    median: 4,
    min: 3,
    max: 5,
    stdDev: 0.5,
    disagreement: true,
    label: { ja: `審査項目${i + 1}`, en: `Item ${i + 1}` },
    scale: { min: 1, max: 5, step: 1 },
    points: Number(mean),
  })),
  total: 81,
  rank: 1,
  passes: true,
  conflictRule: 'renormalize',
  substituted: 0,
  tied: false,
  ...(display
    ? {
        points: 48.6,
        fullMarks: 60,
        scoring: 'proportional',
        display: {
          scorers: 15,
          total: '48.6',
          fullMarks: '60',
          onHundred: null,
          criteria: means.map((mean, i) => ({ key: `item${i + 1}`, mean, scaleMax: '5', points: mean, weight: '5' })),
          pointsShown: false,
          roundingNote,
        },
      }
    : {}),
});
const pkg = (document: Stage): PublicPackage =>
  ({
    kind: 'decision',
    scores: { document },
    consensus: null,
  }) as unknown as PublicPackage;

describe('ScoreSection: the result on the rubric’s own full marks', () => {
  it('shows 「12項目・各5点満点」「平均48.6点（60点満点）」, each average as published, and the rounding note', () => {
    render(<ScoreSection pkg={pkg(stage(true))} />);
    expect(screen.getByText('12項目・各5点満点')).toBeTruthy();
    expect(screen.getByTestId('score-total').textContent).toBe('平均48.6点（60点満点）');
    expect(means.map((_, i) => screen.getByTestId(`public-mean-item${i + 1}`).textContent)).toEqual(means);
    expect(screen.getByTestId('rounding-note').textContent).toBe('※端数処理の関係で合計が合わない場合があります。');
    expect(screen.getByTestId('scoring-method').textContent).toContain('配点×評価点÷満点の評価点');
  });

  it('leaves the note out where the items add up, and shows an older package’s total on 100 as it was', () => {
    const { unmount } = render(<ScoreSection pkg={pkg(stage(false))} />);
    expect(screen.queryByTestId('rounding-note')).toBeNull();
    unmount();
    render(<ScoreSection pkg={pkg(stage(false, false))} />);
    expect(screen.getByTestId('score-total').textContent).toBe('81.00');
    expect(screen.getByTestId('public-mean-item2').textContent).toBe('4.00');
  });
});
