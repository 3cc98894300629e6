import { noticeLink } from './notice-link';

const job = (overrides: Partial<Parameters<typeof noticeLink>[1]>) => ({
  municipalityId: 'm',
  proposalId: 'p-1',
  template: 'proposal.received',
  audience: 'owners',
  outboxId: 'o',
  ...overrides,
});
const base = 'https://kyodo.city.example.jp/';

describe('the page a notice links to', () => {
  it('sends each party to the page of their own area', () => {
    expect(noticeLink(base, job({}), 'submitted.screening')).toBe(
      'https://kyodo.city.example.jp/workspace/proposals/p-1',
    );
    expect(noticeLink(base, job({ audience: 'partnerDepartment' }), 'review')).toBe(
      'https://kyodo.city.example.jp/workspace/proposals/p-1',
    );
    expect(noticeLink(base, job({ audience: 'secretariat' }), 'submitted.screening')).toBe(
      'https://kyodo.city.example.jp/console/proposals/p-1',
    );
    expect(noticeLink(base, job({ audience: 'reviewers' }), 'review')).toBe('https://kyodo.city.example.jp/review');
    expect(noticeLink(base, job({ audience: 'committee' }), 'jointEvaluation')).toBe(
      'https://kyodo.city.example.jp/committee',
    );
  });

  it('sends named users to the session or to the reviewer desk', () => {
    const invitation = job({
      audience: 'users',
      proposalId: undefined,
      sessionId: 's-1',
      template: 'session.invitation',
    });
    expect(noticeLink(base, invitation, null)).toBe('https://kyodo.city.example.jp/committee/sessions/s-1');
    expect(noticeLink(base, job({ audience: 'users', template: 'review.assigned' }), 'review')).toBe(
      'https://kyodo.city.example.jp/review',
    );
  });

  it('links the public page only once the decision is disclosed', () => {
    expect(noticeLink(base, job({ audience: 'public' }), 'decided.adopted')).toBe('https://kyodo.city.example.jp');
    expect(noticeLink(base, job({ audience: 'public' }), 'disclosed.adopted')).toBe(
      'https://kyodo.city.example.jp/proposals/p-1',
    );
  });
});
