import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PublicPackage } from '../models';
import { DecisionView, OverviewView } from './package-view';

const pkg = (committee: PublicPackage['committee']): PublicPackage => ({
  kind: 'decision',
  proposal: {
    id: 'p1',
    receiptNumber: '2026-0001',
    title: '地域食堂',
    origin: 'group',
    organization: { ja: 'NPO法人かけはし', en: 'Kakehashi' },
    partnerDepartments: [],
    theme: null,
    summary: null,
    background: null,
    objectives: null,
    kpis: [],
    activityFields: [],
    requestedAmount: null,
  },
  call: { id: 'c1', fiscalYear: 2026, title: { ja: '令和8年度', en: 'FY2026' } },
  decision: null,
  conditions: [],
  assessment: null,
  scores: {},
  consensus: null,
  committee,
  state: 'disclosed',
  rounding: { ja: '小数第1位まで表示', en: 'Shown to one decimal place' },
});

describe('OverviewView: the committee', () => {
  it('shows a member’s affiliation once, also when the name already carries it', () => {
    render(
      <OverviewView
        pkg={pkg([
          { name: '山田太郎（○○大学）', position: 'chair', affiliation: '○○大学' },
          { name: '佐藤花子', position: 'member', affiliation: '市民委員' },
        ])}
      />,
    );
    const names = [...document.querySelectorAll('li')].map((li) => li.textContent);
    expect(names).toEqual(['山田太郎（○○大学）', '佐藤花子（市民委員）']);
  });
});

describe('OverviewView: the partners', () => {
  it('names a department proposal’s partner groups, and shows no row when a package has none', () => {
    const base = pkg(null);
    const { unmount } = render(
      <OverviewView
        pkg={{
          ...base,
          proposal: {
            ...base.proposal,
            origin: 'department',
            partnerGroups: [
              { ja: 'NPO法人みどり', en: '' },
              { ja: '由比ガ浜町内会', en: 'Yuigahama Residents' },
            ],
          },
        }}
      />,
    );
    const row = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === '協働相手の団体');
    expect(row?.nextElementSibling?.textContent).toBe('NPO法人みどり、由比ガ浜町内会');
    unmount();
    // A package published before partner groups were recorded has no member for them.
    render(<OverviewView pkg={base} />);
    expect([...document.querySelectorAll('dt')].some((dt) => dt.textContent === '協働相手の団体')).toBe(false);
  });
});

describe('DecisionView: 内定 and a fallen budget', () => {
  const decided = (decision: PublicPackage['decision']): PublicPackage => ({ ...pkg(null), decision });

  it('says 採択内定 while the budget is pending', () => {
    render(
      <DecisionView
        pkg={decided({
          outcome: 'adopted',
          comment: '役割分担が明確である。',
          decidedAt: '2026-08-20T05:00:00.000Z',
          provisional: true,
          budgetRejection: null,
        })}
      />,
    );
    expect(document.body.textContent).toContain('採択内定');
    expect(document.body.textContent).not.toContain('不採択');
    expect(document.querySelector('[data-testid=public-provisional]')?.textContent).toContain('予算の成立を条件とした');
  });

  it('keeps the committee’s 講評 and shows the budget’s reason beside it, each under its own heading', () => {
    render(
      <DecisionView
        pkg={decided({
          outcome: 'notAdopted',
          comment: '役割分担が明確である。',
          decidedAt: '2026-08-20T05:00:00.000Z',
          provisional: false,
          budgetRejection: { reason: '議会で関係予算が否決されたため。', at: '2027-03-20T05:00:00.000Z' },
        })}
      />,
    );
    const headings = [...document.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['合同評価会議の講評', '予算不成立の理由']);
    const comments = [...document.querySelectorAll('.public-comment')].map((p) => p.textContent);
    expect(comments).toEqual(['役割分担が明確である。', '議会で関係予算が否決されたため。']);
    expect(document.body.textContent).toContain('不採択');
    expect(document.body.textContent).not.toContain('採択内定');
  });
});

describe('OverviewView: the amount and the year', () => {
  const withAmount = (partnershipForm: PublicPackage['call']['partnershipForm']): PublicPackage => {
    const base = pkg(null);
    return {
      ...base,
      proposal: { ...base.proposal, requestedAmount: 400_000 },
      call: { ...base.call, partnershipForm },
    };
  };
  const amountLabel = () =>
    [...document.querySelectorAll('dt')]
      .map((dt) => dt.textContent)
      .find((t) => t?.endsWith('の額') || t === '市への申請額');

  it('names the amount by the call’s form of partnership, not always 負担金', () => {
    const { unmount } = render(<OverviewView pkg={withAmount('hojo')} />);
    expect(amountLabel()).toBe('補助金の額');
    unmount();
    const second = render(<OverviewView pkg={withAmount('itaku')} />);
    expect(amountLabel()).toBe('委託料の額');
    second.unmount();
    render(<OverviewView pkg={withAmount(null)} />);
    expect(amountLabel()).toBe('市への申請額');
  });

  it('shows the fiscal year in 和暦 with the Western year', () => {
    render(<OverviewView pkg={withAmount('futankin')} />);
    expect(document.body.textContent).toContain('令和8年度（令和8（2026）年度）');
    expect(amountLabel()).toBe('負担金の額');
  });
});
