import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../queries/query-client';
import type { Proposal, ProposalContent } from '../models';
import { ProposalEditor } from './proposal-editor';

const api = vi.hoisted(() => ({
  save: vi.fn(),
  proposal: vi.fn(),
  event: vi.fn(),
  attachments: vi.fn(),
}));
vi.mock('../proposer-api', () => ({ api }));

const draft: Proposal = {
  id: 'p1',
  callId: 'c1',
  organizationId: 'o1',
  origin: 'group',
  proposalType: 'free',
  themeId: null,
  predecessorId: null,
  partnerDepartmentIds: [],
  partnerGroupIds: [],
  title: '地域食堂',
  content: { schedule: [{ period: '4月', activity: '準備' }] },
  state: 'draft',
  version: 1,
  receiptNumber: null,
  allowedEvents: ['SUBMIT'],
  returns: [],
  createdAt: '2026-04-01T00:00:00Z',
  updatedAt: '2026-04-01T00:00:00Z',
};

/** The editor in Japanese (no locale provider: the default), on the first step. */
function renderEditor() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ProposalEditor
        proposal={draft}
        call={null}
        fields={[{ key: 'welfare', labelJa: '福祉', labelEn: 'Welfare' }]}
        onSubmitted={() => undefined}
      />
    </QueryClientProvider>,
  );
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const errorText = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? null;
const step = (name: string) =>
  act(
    async () =>
      void fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: new RegExp(name) })),
  );

describe('ProposalEditor', () => {
  beforeEach(() => {
    api.save.mockImplementation(() => Promise.resolve({ ...draft, version: 2 }));
  });

  it('says a required field is missing only once it has been left, beside it', async () => {
    renderEditor();
    expect(errorText('p-summary')).toBeNull();
    fireEvent.focus(input('p-summary'));
    fireEvent.blur(input('p-summary'));
    expect(errorText('p-summary')).toContain('事業の概要を入力してください');
    expect(input('p-summary').getAttribute('aria-describedby')).toContain('p-summary-error');
    expect(input('p-summary').getAttribute('aria-invalid')).toBe('true');
    // Not touched yet: no word about it.
    expect(errorText('p-contactName')).toBeNull();
    fireEvent.change(input('p-summary'), { target: { value: '週2回の食堂' } });
    expect(errorText('p-summary')).toBeNull();
  });

  it('shows a format error while typing, holds the autosave meanwhile, and saves once it is fixed', async () => {
    renderEditor();
    fireEvent.change(input('p-contactEmail'), { target: { value: 'suzuki@' } });
    expect(errorText('p-contactEmail')).toContain('メールアドレスの形式で入力してください');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(api.save).not.toHaveBeenCalled();
    fireEvent.change(input('p-contactEmail'), { target: { value: ' suzuki@example.jp ' } });
    expect(errorText('p-contactEmail')).toBeNull();
    await waitFor(() => expect(api.save).toHaveBeenCalledTimes(1), { timeout: 2_000 });
    const [id, version, title, content] = api.save.mock.calls[0] as [string, number, string, ProposalContent];
    expect([id, version, title]).toEqual(['p1', 1, '地域食堂']);
    // The schedule goes back as it came; the address is sent trimmed.
    expect(content.schedule).toEqual([{ period: '4月', activity: '準備' }]);
    expect(content.contactPerson).toEqual({ email: 'suzuki@example.jp' });
    expect(await screen.findByText(/自動保存しました/)).toBeTruthy();
  });

  it('adds budget lines as rows, totals them as typed, and flags a row amount that is not a number', async () => {
    renderEditor();
    await step('^\\d+ 予算');
    fireEvent.click(input('p-budget'));
    fireEvent.click(input('p-budget'));
    fireEvent.change(input('p-budget-0-kind'), { target: { value: 'income' } });
    fireEvent.change(input('p-budget-0-amount'), { target: { value: '８００,０００' } });
    fireEvent.change(input('p-budget-1-amount'), { target: { value: '5万' } });
    expect(errorText('p-budget-1-amount')).toContain('2 行目');
    expect(errorText('p-budget-0-amount')).toBeNull();
    expect(screen.getByText('収入合計').nextElementSibling?.textContent).toContain('800,000');
  });

  it('edits the schedule and the organisation, which the secretariat screens, and saves them', async () => {
    renderEditor();
    fireEvent.change(input('p-orgMembers'), { target: { value: '２５' } });
    fireEvent.change(input('p-orgRepresentative'), { target: { value: '山田 花子' } });
    await step('事業内容');
    expect(input('p-schedule-0-period').value).toBe('4月');
    fireEvent.change(input('p-schedule-0-activity'), { target: { value: '準備・ボランティア募集' } });
    await waitFor(() => expect(api.save).toHaveBeenCalled(), { timeout: 2_000 });
    const content = api.save.mock.calls.at(-1)![3] as ProposalContent;
    expect(content.schedule).toEqual([{ period: '4月', activity: '準備・ボランティア募集' }]);
    expect(content.organizationProfile).toEqual({ representative: '山田 花子', members: 25 });
  });

  it('lists everything still missing on the submit step, in the summary', async () => {
    renderEditor();
    await step('確認と提出');
    const summary = screen.getByRole('alert');
    const items = [...summary.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain('事業の概要を入力してください');
    expect(items).toContain('担当者のメールアドレスを入力してください');
    expect(items.some((text) => text?.includes('1行以上'))).toBe(true);
    expect(summary.querySelector('a[href="#p-summary"]')).toBeTruthy();
  });
});
