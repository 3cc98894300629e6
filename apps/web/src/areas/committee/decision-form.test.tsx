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
  organizationId: 'o1',
  origin: 'group',
  proposalType: 'free',
  themeId: null,
  predecessorId: null,
  partnerDepartmentIds: [],
  partnerGroupIds: [],
  title: '川辺の清掃',
  state: 'review',
  version: 3,
  receiptNumber: 'R-1',
  content: {},
  allowedEvents: ['FINALIZE'],
  returns: [],
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
};

/** The chair's form in Japanese (no locale provider: the default). */
function renderForm(submittedSheets = 3, shown: ProposalDetail = proposal) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <DecisionForm sessionId="s1" proposal={shown} submittedSheets={submittedSheets} />
    </QueryClientProvider>,
  );
}

const decide = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: '決定する' })));
const errorText = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? null;

describe('DecisionForm', () => {
  it('says why the chair cannot decide now: the quorum with the members recused for this proposal', () => {
    renderForm(3, {
      ...proposal,
      state: 'jointEvaluation',
      allowedEvents: [],
      decisionBlockers: [{ condition: 'quorum_not_met', quorum: 3, present: 3, recused: 1, counted: 2 }],
    });
    expect(screen.getByTestId('decision-blockers').textContent).toBe(
      '定足数に達していません。出席3人のうち、この提案で除斥となる委員1人を除くと2人で、定足数は3人です。',
    );
    expect(screen.queryByRole('button', { name: '決定する' })).toBeNull();
  });

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

  it('warns when no score sheet is in for the stage, and decides only once the chair confirms it', async () => {
    renderForm(0);
    expect(screen.getByRole('note').textContent).toContain('この段階の採点票はまだ1件も提出されていません');
    fireEvent.click(screen.getByLabelText('採択'));
    fireEvent.change(screen.getByLabelText(/講評/), { target: { value: '地域の参加が見込める' } });
    await decide();
    expect(errorText('decision-unscored')).toContain('採点票なしで決定することを確認してください');
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByLabelText(/採点票なしで決定します/));
    await decide();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(call).not.toHaveBeenCalled();
  });

  it('asks no such confirmation when sheets are in', async () => {
    renderForm(2);
    expect(screen.queryByRole('note')).toBeNull();
    expect(document.getElementById('decision-unscored')).toBeNull();
  });

  it('decides one adoption provisionally (内定) when the chair ticks it, and sends it with FINALIZE', async () => {
    call.mockReset();
    call.mockResolvedValue({ ...proposal, state: 'decided.provisional' });
    renderForm(2);
    expect(document.getElementById('decision-provisional')).toBeNull();
    fireEvent.click(screen.getByLabelText('採択'));
    fireEvent.click(screen.getByLabelText('予算の成立を条件とした採択の内定とする'));
    fireEvent.change(screen.getByLabelText(/講評/), { target: { value: '地域の参加が見込める' } });
    await decide();
    expect(screen.getByRole('dialog').textContent).toContain('予算の成立を条件とした内定です。');
    await act(async () => void fireEvent.click(screen.getAllByRole('button', { name: '決定する' }).at(-1)!));
    expect(call).toHaveBeenCalledWith('POST /api/v1/proposals/{id}/events', {
      path: { id: 'p1' },
      ifMatch: 3,
      body: { type: 'FINALIZE', decision: 'adopted', reason: '地域の参加が見込める', provisional: true },
    });
  });

  it('sends no provisional flag with a refusal, even when the box was ticked before', async () => {
    call.mockReset();
    call.mockResolvedValue({ ...proposal, state: 'decided.notAdopted' });
    renderForm(2);
    fireEvent.click(screen.getByLabelText('採択'));
    fireEvent.click(screen.getByLabelText('予算の成立を条件とした採択の内定とする'));
    fireEvent.click(screen.getByLabelText('不採択'));
    expect(document.getElementById('decision-provisional')).toBeNull();
    fireEvent.change(screen.getByLabelText(/講評/), { target: { value: '実施体制に課題がある' } });
    await decide();
    await act(async () => void fireEvent.click(screen.getAllByRole('button', { name: '決定する' }).at(-1)!));
    expect(call).toHaveBeenCalledWith('POST /api/v1/proposals/{id}/events', {
      path: { id: 'p1' },
      ifMatch: 3,
      body: { type: 'FINALIZE', decision: 'notAdopted', reason: '実施体制に課題がある' },
    });
  });
});
