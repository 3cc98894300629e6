import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { aProposal } from '../../test/fixtures';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../queries/query-client';
import type { ProposalDetail } from '../reviewer/models';
import { AgendaItemView } from './agenda-item';
import type { AgendaItem, Session } from './models';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const item: AgendaItem = {
  proposalId: 'p1',
  startsAt: '2026-05-01T10:00:00.000Z',
  questionsAt: '2026-05-01T10:07:00.000Z',
  endsAt: '2026-05-01T10:15:00.000Z',
  recused: [],
  guests: [],
};

const session: Session = {
  id: 's1',
  callId: 'c1',
  committeeId: 'm1',
  stage: 'document',
  startsAt: '2026-05-01T10:00:00.000Z',
  place: '会議室',
  quorum: 1,
  present: [],
  slotMinutes: { presentation: 7, questions: 8 },
  agenda: [item],
  minutes: null,
  consensus: [],
  members: [],
  clock: null,
  serverTime: '2026-05-01T10:00:00.000Z',
};

const proposal = (state: string): ProposalDetail => aProposal({ state, version: 5 });

function renderItem(state: string) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <AgendaItemView
        session={session}
        item={item}
        proposal={proposal(state)}
        scores={undefined}
        rubric={null}
        counts={{ proposalId: 'p1', state: 'jointEvaluation', submitted: 2, assigned: 2, consensusVersion: 0 }}
        canControl={false}
      />
    </QueryClientProvider>,
  );
}

describe('AgendaItemView: the heading’s status', () => {
  it('says 審議中 while the item is under deliberation', () => {
    renderItem('jointEvaluation');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('川辺の清掃 審議中');
  });

  it('shows the decision once it is made, not 審議中', () => {
    renderItem('decided.adoptedWithConditions');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('川辺の清掃 決定済み: 条件付き採択');
  });
});
