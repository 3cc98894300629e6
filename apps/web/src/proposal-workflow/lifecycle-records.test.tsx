import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LifecycleRecords } from './lifecycle-records';

const report = {
  at: '2026-05-11T01:30:00.000Z',
  recordedBy: { userId: 'u2', displayName: '鎌倉 花子' },
  opinion: '地域の見守り体制づくりに資する。',
  feasibility: '公民館の活用により実施可能。',
  budgetIntent: '次年度当初予算で要求する。',
  conditions: ['個人情報の取扱いを協定で定める'],
};

describe('LifecycleRecords', () => {
  it('shows each pre-consultation and the consultation report with who recorded it and when (Tokyo time)', () => {
    render(
      <LifecycleRecords
        records={{
          preConsultations: [
            {
              at: '2026-04-12T05:00:00.000Z',
              recordedBy: { userId: 'u1', displayName: '山田 太郎' },
              note: '会場の相談',
            },
          ],
          consultationReport: report,
        }}
      />,
    );
    const pre = screen.getByTestId('pre-consultation-records').textContent ?? '';
    expect(pre).toContain('会場の相談');
    expect(pre).toContain('山田 太郎 が記録');
    expect(pre).toContain('2026');
    const filed = screen.getByTestId('consultation-report-record').textContent ?? '';
    expect(filed).toContain('次年度当初予算で要求する。');
    expect(filed).toContain('個人情報の取扱いを協定で定める');
    expect(filed).toContain('鎌倉 花子 が提出');
  });

  it('says what is not there yet, names a removed account plainly, and hides the pre-consultation part when asked', () => {
    const { rerender } = render(<LifecycleRecords records={{ preConsultations: [], consultationReport: null }} />);
    expect(screen.getByText('事前相談の記録はありません。')).toBeTruthy();
    expect(screen.getByText('協議結果報告書はまだ提出されていません。')).toBeTruthy();
    rerender(
      <LifecycleRecords
        records={{
          preConsultations: [],
          consultationReport: { ...report, recordedBy: { userId: 'u9', displayName: null } },
        }}
        showPreConsultations={false}
      />,
    );
    expect(screen.queryByTestId('pre-consultation-records')).toBeNull();
    expect(screen.getByTestId('consultation-report-record').textContent).toContain('（登録が削除された利用者） が提出');
  });

  it('shows nothing without records (a list’s item) or when nothing applies', () => {
    const { container, rerender } = render(<LifecycleRecords records={undefined} />);
    expect(container.innerHTML).toBe('');
    rerender(
      <LifecycleRecords
        records={{ preConsultations: [], consultationReport: null }}
        showPreConsultations={false}
        showEmptyReport={false}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});
