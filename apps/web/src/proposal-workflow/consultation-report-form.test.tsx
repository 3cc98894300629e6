import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConsultationReportForm } from './consultation-report-form';

const proposal = { id: 'p1', version: 4, allowedEvents: ['FILE_CONSULTATION_REPORT'] };
const press = (name: string) => act(async () => void fireEvent.click(screen.getByRole('button', { name })));

describe('ConsultationReportForm', () => {
  it('renders nothing unless the report may be filed now', () => {
    const { container } = render(
      <ConsultationReportForm proposal={{ ...proposal, allowedEvents: [] }} onFiled={() => undefined} />,
    );
    expect(container.innerHTML).toBe('');
  });

  it('names every missing part beside its field and asks nothing before they are filled', async () => {
    render(<ConsultationReportForm proposal={proposal} onFiled={() => undefined} />);
    await press('条件を追加');
    await press('報告書を提出する');
    expect(document.getElementById('consultation-opinion-error')?.textContent).toContain('担当課の意見を入力');
    expect(document.getElementById('consultation-feasibility-error')?.textContent).toContain('実現可能性を入力');
    expect(document.getElementById('consultation-budgetIntent-error')?.textContent).toContain('予算措置の見込み');
    // An added condition left empty is a mistake too: written, or removed.
    expect(document.getElementById('consultation-condition-0-error')?.textContent).toContain('条件 1 が空です');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for a confirmation once everything needed is written, saying it cannot be changed', async () => {
    render(<ConsultationReportForm proposal={proposal} onFiled={() => undefined} />);
    const fill = (id: string, value: string) =>
      fireEvent.change(document.getElementById(id) as HTMLTextAreaElement, { target: { value } });
    fill('consultation-opinion', '地域の見守りに資する。');
    fill('consultation-feasibility', '実施可能。');
    fill('consultation-budgetIntent', '次年度予算で要求する。');
    expect(screen.queryByRole('dialog')).toBeNull();
    await press('報告書を提出する');
    expect(document.querySelectorAll('.field-error')).toHaveLength(0);
    expect(screen.getByRole('dialog').textContent).toContain('提出後は修正できません');
  });
});
