import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Partnership } from '../../../partnership/partnership-models';
import { createQueryClient } from '../../../queries/query-client';
import { ResultsPanel } from './results-panel';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const TERMS: Partnership['agreementDraft'] = {
  group: { organizationId: null, name: '花の会' },
  department: { organizationId: 'd1', name: '公園緑地課' },
  parties: [],
  termStart: '2026-04-01',
  termEnd: '2027-03-31',
  roleSharing: '市：企画／団体：植栽',
  informationSharing: '月1回の打合せ',
  costSharing: '苗代は市',
  grantedAmount: 300_000,
  partnershipForm: 'kyousai',
  formNumber: '',
  madeOn: '2026-04-01',
};

/** A department-proposed project that has ended, as its own department reads it. */
const ended = (owner: boolean): Partnership => ({
  proposal: {
    id: 'p1',
    callId: 'c1',
    title: '公園の花壇づくり',
    state: 'projectEvaluation.selfEvaluation',
    version: 14,
    allowedEvents: ['SUBMIT_SELF_EVALUATION'],
  },
  party: 'department',
  owner,
  agreement: { id: 'a1', proposalId: 'p1', ...TERMS, concludedAt: '2026-04-01T00:00:00Z', concludedBy: 'u1' },
  agreementDraft: TERMS,
  conditions: [],
  kpis: [],
  progressReports: [],
  milestones: [],
  planChanges: [],
  resultsReports: [],
  budgetPlan: [],
  selfEvaluations: { group: null, department: null },
  assessment: null,
});

const renderPanel = () =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ResultsPanel proposalId="p1" />
    </QueryClientProvider>,
  );

describe('ResultsPanel', () => {
  it('gives the department that proposed the project the results report form', async () => {
    call.mockResolvedValue(ended(true));
    renderPanel();
    await screen.findByRole('heading', { name: '実績報告・収支決算' });
    expect(document.querySelector('section.results-report-form')).not.toBeNull();
  });

  it('gives a partner department, which does not file it, no form', async () => {
    call.mockResolvedValue(ended(false));
    renderPanel();
    await screen.findByRole('heading', { name: '実績報告・収支決算' });
    expect(document.querySelector('section.results-report-form')).toBeNull();
  });
});
