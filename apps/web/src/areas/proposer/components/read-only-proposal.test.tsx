import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../queries/query-client';
import type { Proposal } from '../models';
import { ReadOnlyProposal } from './read-only-proposal';
import { aProposal } from '../../../test/fixtures';

const api = vi.hoisted(() => ({ attachments: vi.fn(() => Promise.resolve([])) }));
vi.mock('../proposer-api', () => ({ api }));

const submitted: Proposal = aProposal({
  title: '地域食堂',
  state: 'submitted.screening',
  version: 2,
  receiptNumber: '2026-0001',
  updatedAt: '2026-04-02T01:30:00Z',
});

describe('ReadOnlyProposal (the receipt)', () => {
  it('labels the date of the last change 最終更新, not 概要', () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <ReadOnlyProposal proposal={submitted} call={null} fields={[]} justSubmitted onChanged={() => undefined} />
      </QueryClientProvider>,
    );
    const receipt = document.querySelector('dl.receipt')!;
    const terms = [...receipt.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['受付番号', '状況', '最終更新']);
    expect(screen.getByText('最終更新', { selector: 'dt' }).nextElementSibling!.textContent).toMatch(/2026/);
  });
});
