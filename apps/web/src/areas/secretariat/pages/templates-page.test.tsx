import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../queries/query-client';
import { TemplatesPage } from './templates-page';

const call = vi.hoisted(() =>
  vi.fn(() =>
    Promise.resolve({
      template: 'proposal.submitted',
      locale: 'ja',
      category: 'submission',
      required: false,
      subject: '新しい提案が提出されました：地域食堂',
      text: '本文',
      html: '',
    }),
  ),
);
vi.mock('../../../api/client', () => ({ call }));

describe('TemplatesPage (Japanese)', () => {
  it('names each notice and its category in Japanese, the key only beside it', async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <TemplatesPage />
      </QueryClientProvider>,
    );
    const options = [...(document.getElementById('template-name') as HTMLSelectElement).options];
    expect(options[0]!.textContent).toBe('新しい提案の提出（事務局あて）（proposal.submitted）');
    for (const option of options) expect(option.textContent).toMatch(/^[^a-z]+（[a-z_.]+）$/);
    const category = await screen.findByText(/提出・受付/);
    expect(category.textContent).toBe('提出・受付（submission）');
  });
});
