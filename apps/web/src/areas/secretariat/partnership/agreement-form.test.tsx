import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render as renderDom, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Partnership } from '../../../partnership/partnership-models';
import { createQueryClient } from '../../../queries/query-client';
import { AgreementForm } from './agreement-form';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const partnership: Partnership = {
  proposal: {
    id: 'p1',
    callId: 'c1',
    title: '地域食堂',
    state: 'disclosed.adopted',
    version: 9,
    allowedEvents: ['CONCLUDE_AGREEMENT'],
  },
  party: null,
  owner: false,
  agreement: null,
  agreementDraft: {
    group: { organizationId: 'g1', name: 'NPO法人みどり' },
    department: { organizationId: 'd1', name: 'こども家庭課' },
    parties: [
      {
        organizationId: 'g1',
        role: 'proposer',
        side: 'group',
        name: 'NPO法人みどり',
        address: '〒248-0012　鎌倉市御成町1-2',
        representative: '理事長　鎌倉 花子',
        phone: '0467-00-0000',
        email: 'info@midori.example.jp',
      },
      {
        organizationId: 'd1',
        role: 'partnerDepartment',
        side: 'city',
        name: 'こども家庭課',
        address: '',
        representative: '',
        phone: '',
        email: '',
      },
      {
        organizationId: 'g2',
        role: 'partnerGroup',
        side: 'group',
        name: '由比ガ浜町内会',
        address: '',
        representative: '',
        phone: '',
        email: '',
      },
    ],
    termStart: '2026-04-01',
    termEnd: '2027-03-31',
    roleSharing: '運営：団体　調理／市　会場',
    informationSharing: '',
    costSharing: '運営：団体負担',
    grantedAmount: 800_000,
    partnershipForm: 'hojo',
    formNumber: '',
    madeOn: '2026-12-05',
  },
  conditions: [],
  kpis: [],
  progressReports: [],
  milestones: [],
  planChanges: [],
  resultsReports: [],
  budgetPlan: [],
  selfEvaluations: { group: null, department: null },
  assessment: null,
};

/** As the app renders it: under a query client (the form sends through a mutation). */
const render = (ui: ReactElement) =>
  renderDom(<QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>);

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const conclude = () => act(async () => void fireEvent.click(document.querySelector('button[data-action=conclude]')!));

describe('AgreementForm', () => {
  it('starts from the proposal’s terms and stops a term that ends before it starts, sending nothing', async () => {
    render(<AgreementForm partnership={partnership} requestedAmount={800_000} onConcluded={() => undefined} />);
    expect(byId('ag-group').value).toBe('NPO法人みどり');
    expect(byId('ag-amount').value).toBe('800000');
    fireEvent.change(byId('ag-term-end'), { target: { value: '2026-03-31' } });
    await conclude();
    expect(document.getElementById('ag-term-end-error')?.textContent).toContain('終了日は開始日より後');
    expect(document.getElementById('ag-information-error')?.textContent).toContain('情報共有の方法');
    expect(call).not.toHaveBeenCalled();
  });

  it('concludes, after the confirmation, with the amount as a number at the version read', async () => {
    call.mockResolvedValue(partnership);
    const onConcluded = vi.fn();
    render(<AgreementForm partnership={partnership} requestedAmount={800_000} onConcluded={onConcluded} />);
    fireEvent.change(byId('ag-information'), { target: { value: '月例の連絡会' } });
    fireEvent.change(byId('ag-amount'), { target: { value: '650000' } });
    await conclude();
    expect(screen.getByRole('dialog').textContent).toContain('650,000');
    await act(async () => void fireEvent.click(document.querySelector('dialog button[data-confirm]')!));
    expect(call).toHaveBeenCalledTimes(1);
    const [operation, input] = call.mock.calls[0]!;
    expect(operation).toBe('POST /api/v1/proposals/{id}/agreement');
    expect(input.ifMatch).toBe(9);
    expect(input.body).toMatchObject({
      grantedAmount: 650_000,
      informationSharing: '月例の連絡会',
      groupName: 'NPO法人みどり',
    });
    expect(onConcluded).toHaveBeenCalledWith(partnership);
  });

  it('fills each party’s contact details from its record, and sends the corrections', async () => {
    call.mockClear();
    call.mockResolvedValue(partnership);
    render(<AgreementForm partnership={partnership} requestedAmount={800_000} onConcluded={() => undefined} />);
    expect(byId('ag-party-0-address').value).toBe('〒248-0012　鎌倉市御成町1-2');
    expect(byId('ag-party-0-representative').value).toBe('理事長　鎌倉 花子');
    // The group and the department are named above (乙 and 甲); a further party is named in its own fields.
    expect(byId('ag-party-0-name')).toBeNull();
    expect(byId('ag-party-1-name')).toBeNull();
    expect(byId('ag-party-2-name').value).toBe('由比ガ浜町内会');
    fireEvent.change(byId('ag-information'), { target: { value: '月例の連絡会' } });
    fireEvent.change(byId('ag-party-0-representative'), { target: { value: ' 理事長　由比 一郎 ' } });
    fireEvent.change(byId('ag-party-2-name'), { target: { value: '  ' } });
    await conclude();
    expect(document.getElementById('ag-party-2-name-error')?.textContent).toContain('協働相手の団体の名称');
    expect(call).not.toHaveBeenCalled();
    fireEvent.change(byId('ag-party-2-name'), { target: { value: '由比ガ浜町内会 青少年部' } });
    await conclude();
    await act(async () => void fireEvent.click(document.querySelector('dialog button[data-confirm]')!));
    const [, input] = call.mock.calls[0]!;
    expect(input.body.parties).toEqual([
      {
        organizationId: 'g1',
        name: 'NPO法人みどり',
        address: '〒248-0012　鎌倉市御成町1-2',
        representative: '理事長　由比 一郎',
        phone: '0467-00-0000',
        email: 'info@midori.example.jp',
      },
      {
        organizationId: 'd1',
        name: 'こども家庭課',
        address: '',
        representative: '',
        phone: '',
        email: '',
      },
      { organizationId: 'g2', name: '由比ガ浜町内会 青少年部', address: '', representative: '', phone: '', email: '' },
    ]);
  });
});
