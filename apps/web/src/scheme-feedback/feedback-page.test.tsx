import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../queries/query-client';
import { FeedbackPage } from './feedback-page';

const PROPOSAL = '7b5152cd-dfba-41cd-acef-32e8f5316fc5';
const INVITATION = {
  proposalId: PROPOSAL,
  proposalTitle: '地域食堂の運営',
  stage: 'application',
  fiscalYear: 2026,
  questionnaire: {
    stage: 'application',
    title: { ja: '応募', en: 'Applying' },
    questions: [
      { key: 'guidelines_clarity', text: { ja: '募集要項・様式のわかりやすさ', en: 'Guidelines' } },
      { key: 'procedure_clarity', text: { ja: '応募手続きのわかりやすさ', en: 'Procedure' } },
    ],
    comment: { ja: '自由にお書きください。', en: 'Anything else?' },
  },
};

const call = vi.hoisted(() =>
  vi.fn((route: string) =>
    Promise.resolve(route === 'GET /api/v1/me/feedback' ? [INVITATION] : { fiscalYear: 2026, stage: 'application' }),
  ),
);
vi.mock('../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));
vi.mock('../auth/session', () => ({ useSession: () => ({ hasRole: () => true }) }));

describe('FeedbackPage (Japanese)', () => {
  it('names each unanswered question and sends nothing, then sends every rating and the free text once', async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <FeedbackPage proposalId={PROPOSAL} stage="application" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await screen.findByText('募集要項・様式のわかりやすさ');
    fireEvent.click(screen.getByRole('button', { name: '回答を送信する' }));
    await screen.findAllByText('「応募手続きのわかりやすさ」を選んでください。');
    expect(call.mock.calls.filter(([route]) => route === 'POST /api/v1/me/feedback')).toHaveLength(0);

    fireEvent.click(document.getElementById('feedback-guidelines_clarity-4')!);
    fireEvent.click(document.getElementById('feedback-procedure_clarity-2')!);
    fireEvent.change(document.getElementById('feedback-comment')!, { target: { value: ' 記入例がほしい ' } });
    fireEvent.click(screen.getByRole('button', { name: '回答を送信する' }));
    await screen.findByText('ご回答ありがとうございました。いただいたご意見は制度の改善に役立てます。');
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('POST /api/v1/me/feedback', {
        body: {
          proposalId: PROPOSAL,
          stage: 'application',
          ratings: [
            { question: 'guidelines_clarity', value: 4 },
            { question: 'procedure_clarity', value: 2 },
          ],
          comment: '記入例がほしい',
        },
      }),
    );
  });
});
