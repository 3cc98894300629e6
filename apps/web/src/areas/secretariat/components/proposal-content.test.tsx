import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../models';
import { ProposalContent } from './proposal-content';
import { aProposal } from '../../../test/fixtures';

const proposal = (content: Proposal['content']): Proposal =>
  aProposal({ content, state: 'submitted.screening', version: 2 });

/** The text of the definition whose term is `term`. */
const section = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling!.textContent;

describe('ProposalContent (Japanese)', () => {
  it('labels the contact person’s fields in Japanese, not with the data’s keys', () => {
    render(
      <ProposalContent
        proposal={proposal({ contactPerson: { name: '山田花子', email: 'h@example.jp', phone: '03-1234-5678' } })}
      />,
    );
    expect(section('連絡先')).toBe('氏名：山田花子 / メール：h@example.jp / 電話：03-1234-5678');
  });

  it('says who bears the cost, not whose role it is', () => {
    const roleSharing = [
      { task: '会場の確保', group: '手配', city: '広報', costBorneBy: 'city' },
      { task: '講師', group: '依頼', city: '紹介', costBorneBy: 'group' },
    ] satisfies Proposal['content']['roleSharing'];
    render(<ProposalContent proposal={proposal({ roleSharing })} />);
    const rows = [...document.querySelectorAll('.content-table tbody tr')].map(
      (tr) => tr.lastElementChild!.textContent,
    );
    expect(rows).toEqual(['市', '団体']);
  });
});
