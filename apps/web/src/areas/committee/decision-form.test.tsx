import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../queries/query-client';
import type { ProposalDetail } from '../reviewer/models';
import { DecisionForm } from './decision-form';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const proposal: ProposalDetail = {
  id: 'p1',
  callId: 'c1',
  title: '川辺の清掃',
  state: 'review',
  version: 3,
  receiptNumber: 'R-1',
  content: {},
  allowedEvents: ['FINALIZE'],
};

/** The chair's form in Japanese (no locale provider: the default). */
function renderForm() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <DecisionForm sessionId="s1" proposal={proposal} />
    </QueryClientProvider>,
  );
}

const decide = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: '決定する' })));
const errorText = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? null;

describe('DecisionForm', () => {
  it('says what is missing, in the summary and beside each field, and asks nothing of the API', async () => {
    renderForm();
    await decide();
    const summary = screen.getByRole('alert');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '決定を選んでください',
      '講評を入力してください',
    ]);
    expect(errorText('decision-kohyo')).toContain('講評を入力してください');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(call).not.toHaveBeenCalled();
  });

  it('asks for the conditions of a conditional adoption', async () => {
    renderForm();
    fireEvent.click(screen.getByLabelText('条件付き採択'));
    fireEvent.change(screen.getByLabelText(/講評/), { target: { value: '地域の参加が見込める' } });
    await decide();
    expect(errorText('decision-conditions')).toContain('条件を1件以上入力してください');
    expect(errorText('decision-kohyo')).toBeNull();
    expect(call).not.toHaveBeenCalled();
  });
});
