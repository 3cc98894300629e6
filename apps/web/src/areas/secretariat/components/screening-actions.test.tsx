import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Proposal } from '../models';
import { ScreeningActions } from './screening-actions';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const proposal: Proposal = {
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
  content: {},
  state: 'submitted',
  version: 2,
  receiptNumber: 'R-1',
  allowedEvents: ['ACCEPT', 'RETURN', 'REJECT_INELIGIBLE'],
  returns: [],
  createdAt: '2026-04-01T00:00:00Z',
  updatedAt: '2026-04-01T00:00:00Z',
};

const press = (name: string) => act(async () => void fireEvent.click(screen.getByRole('button', { name })));
const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('ScreeningActions', () => {
  it('asks for a reason before returning or rejecting, each only for its own action', async () => {
    render(<ScreeningActions proposal={proposal} onMoved={() => undefined} />);
    await press('修正を依頼する');
    // The general remark is optional (任意): what is missing is a section to correct, so the message is there.
    expect(document.getElementById('return-general-error')).toBeNull();
    expect(document.getElementById('return-fields-error')?.textContent).toContain(
      '修正が必要な項目を選び、その理由を入力してください',
    );
    expect(document.getElementById('reject-reason-error')).toBeNull();
    await press('対象外とする');
    expect(document.getElementById('return-fields-error')).toBeNull();
    expect(document.getElementById('reject-reason-error')?.textContent).toContain('理由を入力してください');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(call).not.toHaveBeenCalled();
  });

  it('returns with the reasons of the sections in the order they were ticked, then the remarks', async () => {
    call.mockResolvedValue({ ...proposal, state: 'returned' });
    const onMoved = vi.fn();
    render(<ScreeningActions proposal={proposal} onMoved={onMoved} />);
    await act(async () => void fireEvent.click(byId('return-field-budget')));
    expect(byId('return-field-budget').checked).toBe(true);
    await act(async () => void fireEvent.click(byId('return-field-summary')));
    fireEvent.change(byId('return-reason-budget'), { target: { value: '内訳を' } });
    fireEvent.change(byId('return-reason-summary'), { target: { value: '短く' } });
    await act(async () => void fireEvent.click(byId('return-field-budget')));
    expect(byId('return-reason-budget')).toBeNull();
    await act(async () => void fireEvent.click(byId('return-field-budget')));
    fireEvent.change(byId('return-reason-budget'), { target: { value: '内訳を詳しく' } });
    fireEvent.change(byId('return-general'), { target: { value: ' 全体に ' } });
    expect(byId('return-reason-summary').value).toBe('短く');
    await press('修正を依頼する');
    expect(screen.getByRole('dialog').textContent).toContain('【事業の概要】短く');
    await act(async () => void fireEvent.click(screen.getAllByRole('button', { name: '修正を依頼する' }).at(-1)!));
    expect(call.mock.calls[0]?.[1]?.body).toEqual({
      type: 'RETURN',
      reason: '【事業の概要】短く\n【収支予算】内訳を詳しく\n全体に',
    });
    expect(onMoved).toHaveBeenCalled();
  });

  it('sends a return with one section reason and the optional general remark left empty', async () => {
    call.mockReset();
    call.mockResolvedValue({ ...proposal, state: 'returned' });
    const onMoved = vi.fn();
    render(<ScreeningActions proposal={proposal} onMoved={onMoved} />);
    await act(async () => void fireEvent.click(byId('return-field-budget')));
    fireEvent.change(byId('return-reason-budget'), { target: { value: '合計が一致しません' } });
    await press('修正を依頼する');
    expect(document.getElementById('return-general-error')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => void fireEvent.click(screen.getAllByRole('button', { name: '修正を依頼する' }).at(-1)!));
    expect(call.mock.calls[0]?.[1]?.body).toEqual({ type: 'RETURN', reason: '【収支予算】合計が一致しません' });
    expect(onMoved).toHaveBeenCalled();
  });

  it('asks for the reason of a ticked section beside that section, not under the optional remark', async () => {
    call.mockReset();
    render(<ScreeningActions proposal={proposal} onMoved={() => undefined} />);
    await act(async () => void fireEvent.click(byId('return-field-budget')));
    await press('修正を依頼する');
    expect(document.getElementById('return-reason-budget-error')?.textContent).toContain(
      '収支予算の修正内容を入力してください',
    );
    expect(document.getElementById('return-general-error')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(call).not.toHaveBeenCalled();
  });
});
