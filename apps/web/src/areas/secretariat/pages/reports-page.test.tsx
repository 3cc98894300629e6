import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../queries/query-client';
import { ReportsPage } from './reports-page';

const call = vi.hoisted(() =>
  vi.fn((route: string) => Promise.resolve(route === 'GET /api/v1/reports' ? { items: [], total: 0 } : [])),
);
vi.mock('../../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const badgeOf = (id: string) => document.querySelector(`label[for="${id}"] .badge`)?.textContent;

describe('ReportsPage (Japanese)', () => {
  it('marks the report’s kind and language as required choices, not 任意', async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <ReportsPage />
      </QueryClientProvider>,
    );
    await screen.findByLabelText(/帳票の種類/);
    expect(badgeOf('report-kind')).toBe('必須');
    expect(badgeOf('report-call')).toBe('必須');
    expect(badgeOf('report-locale')).toBe('必須');
  });
});
