import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Continuation, ContinuationDetails } from './continuation-details';

const continuing = (over: Partial<Continuation>): Continuation => ({
  proposalId: 'p2026',
  year: 2,
  maxYears: 3,
  predecessor: {
    id: 'p2025',
    title: '多世代食堂',
    receiptNumber: '2025-0003',
    fiscalYear: 2025,
    callTitleJa: '令和7年度',
    callTitleEn: 'FY2025',
  },
  recordHidden: false,
  record: {
    decision: { outcome: 'adoptedWithConditions', comment: '役割分担が明確である。' },
    assessment: { verdict: 'A', comment: '地域に定着した。' },
  },
  ...over,
});

describe('ContinuationDetails', () => {
  it('shows nothing for a first-year project', () => {
    render(<ContinuationDetails continuation={continuing({ year: 1, predecessor: null, record: null })} />);
    expect(screen.queryByTestId('continuation')).toBeNull();
  });

  it('names the year of N and the predecessor, and hides the record while the blind rule holds', () => {
    render(<ContinuationDetails continuation={continuing({ recordHidden: true, record: null })} />);
    expect(screen.getByText('継続提案：2年目（最長3年）')).toBeTruthy();
    expect(screen.getByText(/令和7（2025）年度「多世代食堂」/).textContent).toContain('受付番号 2025-0003');
    expect(screen.getByTestId('continuation-blind').textContent).toContain('採点票を提出した後');
    expect(screen.queryByTestId('continuation-record')).toBeNull();
  });

  it('shows the published decision, 講評 and evaluation once allowed, and says what is not published yet', () => {
    const { rerender } = render(<ContinuationDetails continuation={continuing({})} />);
    const record = screen.getByTestId('continuation-record');
    expect(record.textContent).toContain('条件付き採択');
    expect(record.textContent).toContain('役割分担が明確である。');
    expect(record.textContent).toContain('評価：A');
    rerender(
      <ContinuationDetails
        continuation={continuing({ record: { decision: { outcome: 'adopted', comment: '良い' }, assessment: null } })}
      />,
    );
    expect(screen.getByTestId('continuation-record').textContent).toContain('まだ公表されていません');
    expect(screen.queryByTestId('continuation-blind')).toBeNull();
  });
});
