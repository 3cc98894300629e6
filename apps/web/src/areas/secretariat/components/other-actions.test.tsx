import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../models';
import { OtherActions } from './other-actions';
import { aProposal } from '../../../test/fixtures';

const proposal = (allowedEvents: Proposal['allowedEvents']): Proposal =>
  aProposal({ allowedEvents, state: 'consultation', version: 3, receiptNumber: '2026-0001' });

describe('OtherActions (the screening panel with none of its own actions allowed)', () => {
  it('says "no action" only when the caller may send no event at all', () => {
    render(<OtherActions proposal={proposal([])} />);
    expect(screen.getByText('この提案に今できる操作はありません。')).toBeTruthy();
  });

  it('points to the panels further down when one of them takes an allowed event', () => {
    render(<OtherActions proposal={proposal(['FILE_CONSULTATION_REPORT'])} />);
    expect(screen.queryByText('この提案に今できる操作はありません。')).toBeNull();
    expect(screen.getByText('今できる操作は、このページの下の欄にあります。')).toBeTruthy();
  });

  it('names each allowed step that belongs to another page', () => {
    render(<OtherActions proposal={proposal(['CONCLUDE_AGREEMENT', 'START'])} />);
    expect(screen.queryByText('この提案に今できる操作はありません。')).toBeNull();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('協定の締結'),
      expect.stringContaining('事業の開始'),
    ]);
  });
});
