import { call } from '../../../api/client';
import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import { ORIGIN_MESSAGES } from '../../../i18n/origin-labels';
import { Link, useSearchParams } from 'react-router';
import { useSetSearch } from '../../../router/search';
import { Async, PageTitle, Select } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { AutoAssignPanel } from '../components/auto-assign-panel';
import { CallNav } from '../components/console-nav';
import { ResultsTable } from '../components/results-table';
import { StateBadge } from '../components/state-badge';
import { allProposals, callTitle } from '../data';
import { consoleTexts, stateKey, stateTexts } from '../texts';

const texts = defineMessages({
  ja: {
    title: '提案一覧：{title}',
    filter: '状態で絞り込む',
    all: 'すべて',
    receipt: '受付番号',
    proposal: '提案名',
    ...ORIGIN_MESSAGES.ja,
    state: '状態',
    updated: '更新日時',
    count: '{count}件',
    list: '提案',
  },
  en: {
    title: 'Proposals: {title}',
    filter: 'Filter by state',
    all: 'All',
    receipt: 'Receipt no.',
    proposal: 'Proposal',
    ...ORIGIN_MESSAGES.en,
    state: 'State',
    updated: 'Updated',
    count: '{count} proposals',
    list: 'Proposals',
  },
});

export function CallProposalsPage({ callId }: { callId: string }) {
  const t = useT(texts);
  const ts = useT(stateTexts);
  const tc = useT(consoleTexts);
  const { locale } = useLocale();
  const [search] = useSearchParams();
  const setSearch = useSetSearch();
  const filter = search.get('state') ?? '';
  const state = useApiQuery(keys.calls.proposals(callId), async (signal) => {
    const [current, proposals] = await Promise.all([
      call('GET /api/v1/calls/{id}', { path: { id: callId }, signal }),
      allProposals(signal, callId),
    ]);
    return { current, proposals };
  });
  return (
    <Async state={state}>
      {({ current, proposals }) => {
        const states = [...new Set(proposals.map((p) => p.state))];
        const shown = filter ? proposals.filter((p) => p.state === filter) : proposals;
        return (
          <section>
            <PageTitle>{t('title', { title: callTitle(current, locale) })}</PageTitle>
            <CallNav callId={callId} />
            <div className="filters">
              <Select
                id="proposal-state-filter"
                label={t('filter')}
                value={filter}
                onChange={(e) => setSearch({ state: e.target.value })}
              >
                <option value="">{t('all')}</option>
                {states.map((s) => (
                  <option key={s} value={s}>
                    {ts(stateKey(s))}
                  </option>
                ))}
              </Select>
            </div>
            <p role="status" aria-live="polite">
              {t('count', { count: shown.length })}
            </p>
            {shown.length === 0 ? (
              <p>{tc('noItems')}</p>
            ) : (
              <div className="table-scroll">
                <table>
                  <caption className="visually-hidden">{t('list')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('receipt')}</th>
                      <th scope="col">{t('proposal')}</th>
                      <th scope="col">{t('proposalType')}</th>
                      <th scope="col">{t('proposerKind')}</th>
                      <th scope="col">{t('state')}</th>
                      <th scope="col">{t('updated')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((p) => (
                      <tr key={p.id}>
                        <td>{p.receiptNumber ?? '—'}</td>
                        <th scope="row">
                          <Link to={`/console/proposals/${p.id}`}>{p.title || '—'}</Link>
                        </th>
                        <td>{t(p.proposalType)}</td>
                        <td>{t(p.origin)}</td>
                        <td>
                          <StateBadge state={p.state} />
                        </td>
                        <td>{formatDate(p.updatedAt, locale, true)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <AutoAssignPanel callId={callId} />
            <ResultsTable callId={callId} proposals={proposals} />
          </section>
        );
      }}
    </Async>
  );
}
