import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../queries/query-client';
import { aProposal } from '../../../test/fixtures';
import type { Proposal } from '../models';
import { ThemeChoice } from './theme-choice';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../api/client', () => ({ call }));

const THEMES = [
  {
    id: 't1',
    municipalityId: 'm1',
    callId: 'c1',
    departmentId: 'd-kodomo',
    titleJa: '子どもの居場所づくり',
    titleEn: '',
  },
  { id: 't2', municipalityId: 'm1', callId: 'c1', departmentId: 'd-bosai', titleJa: '地域の防災力', titleEn: '' },
];

/** The choice on a draft, the API answering the themes and recording each PATCH. */
function renderChoice(proposal: Proposal) {
  const patches: unknown[] = [];
  const changed: Proposal[] = [];
  call.mockImplementation((route: string, input: { body?: unknown }) => {
    if (route === 'GET /api/v1/calls/{id}/themes') return Promise.resolve(THEMES);
    patches.push(input.body);
    return Promise.resolve({ ...proposal, version: proposal.version + 1 });
  });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ThemeChoice proposal={proposal} onChanged={(next) => changed.push(next)} />
    </QueryClientProvider>,
  );
  return { patches, changed };
}
const save = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'テーマを保存' })));

describe('ThemeChoice', () => {
  it('names the department of the chosen theme as the partner, and none for a free proposal', async () => {
    const { patches, changed } = renderChoice(aProposal({ state: 'draft', version: 3, themeId: null }));
    const select = (await screen.findByRole('combobox', { name: /応募するテーマ/ })) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'テーマを選ばない（自由提案）',
      '子どもの居場所づくり',
      '地域の防災力',
    ]);
    fireEvent.change(select, { target: { value: 't2' } });
    await save();
    fireEvent.change(select, { target: { value: '' } });
    await save();
    expect(patches).toEqual([
      { themeId: 't2', partnerDepartmentIds: ['d-bosai'] },
      { themeId: null, partnerDepartmentIds: [] },
    ]);
    expect(changed.map((p) => p.version)).toEqual([4, 4]);
    expect(screen.getByRole('status').textContent).toBe('保存しました');
  });

  it('shows nothing in a call without themes', async () => {
    call.mockImplementation(() => Promise.resolve([]));
    const { container } = render(
      <QueryClientProvider client={createQueryClient()}>
        <ThemeChoice proposal={aProposal({ state: 'draft' })} onChanged={() => undefined} />
      </QueryClientProvider>,
    );
    await act(async () => undefined);
    expect(call).toHaveBeenCalledWith('GET /api/v1/calls/{id}/themes', expect.anything());
    expect(container.innerHTML).toBe('');
  });
});
