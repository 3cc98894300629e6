import { QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../queries/query-client';
import { SessionFormPage } from './session-form-page';

vi.mock('../../../auth/session', () => ({
  useSession: () => ({ status: 'signedIn', me: null, hasRole: () => true, operator: false }),
}));

/** The call's results: which stages have a rubric, and the proposals with submitted sheets in each. */
const results = vi.hoisted(() => ({ stages: {} as Record<string, { results: Array<{ proposalId: string }> }> }));
const call = vi.hoisted(() =>
  vi.fn((route: string) => {
    if (route === 'GET /api/v1/calls/{id}') return Promise.resolve({ id: 'c1', titleJa: '令和8年度', titleEn: '' });
    if (route === 'GET /api/v1/proposals') return Promise.resolve({ items: [], nextCursor: null });
    if (route === 'GET /api/v1/committees') return Promise.resolve([]);
    if (route === 'GET /api/v1/calls/{id}/results') return Promise.resolve(results);
    return Promise.reject(new Error(`unexpected ${route}`));
  }),
);
vi.mock('../../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

function renderForm() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <SessionFormPage callId="c1" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const stage = () => document.getElementById('session-stage') as HTMLSelectElement | null;

describe('SessionFormPage: the stage it starts on', () => {
  it('starts on 書類審査 when only document sheets are in', async () => {
    results.stages = { document: { results: [{ proposalId: 'p1' }] } };
    renderForm();
    await waitFor(() => expect(stage()).not.toBeNull());
    expect(stage()!.value).toBe('document');
  });

  it('starts on the presentation once its sheets are in', async () => {
    results.stages = {
      document: { results: [{ proposalId: 'p1' }] },
      presentation: { results: [{ proposalId: 'p1' }] },
    };
    renderForm();
    await waitFor(() => expect(stage()).not.toBeNull());
    expect(stage()!.value).toBe('presentation');
  });
});
