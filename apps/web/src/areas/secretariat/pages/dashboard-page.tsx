import { call } from '../../../api/client';
import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { StateBadge } from '../components/state-badge';
import { allProposals, callTitle } from '../data';
import type { Call, Proposal } from '../models';

const texts = defineMessages({
  ja: {
    title: '事務局ダッシュボード',
    needsAction: '対応が必要なもの',
    waitingScreening: '形式審査待ちの提案',
    overdue: '採点締切を過ぎて審査中の提案',
    nothingNow: '今すぐ対応が必要なものはありません。',
    calls: '募集回',
    call: '募集回',
    fiscalYear: '年度',
    deadline: '提出締切',
    counts: '状態ごとの件数',
    total: '合計',
    noCalls: 'まだ募集回がありません。',
    newCall: '募集回を作成',
    open: '受付中',
    closed: '受付終了',
    phase: '受付',
    proposal: '提案',
    settings: '募集回の設定',
  },
  en: {
    title: 'Secretariat dashboard',
    needsAction: 'Needs action now',
    waitingScreening: 'Proposals waiting for screening',
    overdue: 'Still in review after the scoring deadline',
    nothingNow: 'Nothing needs action right now.',
    calls: 'Calls',
    call: 'Call',
    fiscalYear: 'Fiscal year',
    deadline: 'Submission deadline',
    counts: 'Proposals per state',
    total: 'Total',
    noCalls: 'There are no calls yet.',
    newCall: 'Create a call',
    open: 'Open',
    closed: 'Closed',
    phase: 'Submissions',
    proposal: 'Proposal',
    settings: 'Call settings',
  },
});

export function DashboardPage() {
  const t = useT(texts);
  const { locale } = useLocale();
  const state = useApiQuery(keys.admin.dashboard(), async (signal) => {
    const [calls, proposals] = await Promise.all([call('GET /api/v1/calls', { signal }), allProposals(signal)]);
    return { calls, proposals };
  });
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <Async state={state}>
        {({ calls, proposals }) => {
          const now = Date.now();
          const screening = proposals.filter((p) => p.state === 'submitted.screening');
          const deadlines = new Map(calls.map((c) => [c.id, c.reviewDeadlineAt]));
          const overdue = proposals.filter((p) => {
            const deadline = deadlines.get(p.callId);
            return p.state === 'review' && deadline && new Date(deadline).getTime() < now;
          });
          return (
            <>
              <h2>{t('needsAction')}</h2>
              {screening.length === 0 && overdue.length === 0 ? <p>{t('nothingNow')}</p> : null}
              <ActionList heading={t('waitingScreening')} items={screening} />
              <ActionList heading={t('overdue')} items={overdue} />
              <h2>{t('calls')}</h2>
              {calls.length === 0 ? (
                <p>
                  {t('noCalls')} <Link to="/console/calls/new">{t('newCall')}</Link>
                </p>
              ) : (
                <CallsTable calls={calls} proposals={proposals} locale={locale} />
              )}
            </>
          );
        }}
      </Async>
    </section>
  );
}

function ActionList({ heading, items }: { heading: string; items: Proposal[] }) {
  if (items.length === 0) return null;
  return (
    <section className="console-panel" aria-label={heading}>
      <h3>
        {heading}（{items.length}）
      </h3>
      <ul>
        {items.map((p) => (
          <li key={p.id}>
            <Link to={`/console/proposals/${p.id}`}>
              {p.receiptNumber ? `${p.receiptNumber} ` : ''}
              {p.title}
            </Link>{' '}
            <StateBadge state={p.state} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function CallsTable({ calls, proposals, locale }: { calls: Call[]; proposals: Proposal[]; locale: 'ja' | 'en' }) {
  const t = useT(texts);
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('calls')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('call')}</th>
            <th scope="col">{t('fiscalYear')}</th>
            <th scope="col">{t('phase')}</th>
            <th scope="col">{t('deadline')}</th>
            <th scope="col">{t('counts')}</th>
            <th scope="col" className="number">
              {t('total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {calls.map((c) => {
            const own = proposals.filter((p) => p.callId === c.id);
            const counts = new Map<string, number>();
            for (const p of own) counts.set(p.state, (counts.get(p.state) ?? 0) + 1);
            return (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/console/calls/${c.id}/proposals`}>{callTitle(c, locale)}</Link>
                  <br />
                  <Link to={`/console/calls/${c.id}`} className="meta">
                    {t('settings')}
                  </Link>
                </th>
                <td>{c.fiscalYear}</td>
                <td>{c.phase === 'accepting' ? t('open') : t('closed')}</td>
                <td>{formatDate(c.submissionClosesAt, locale, true)}</td>
                <td>
                  <ul className="state-counts">
                    {[...counts.entries()].map(([state, n]) => (
                      <li key={state}>
                        <StateBadge state={state} /> {n}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="number">{own.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
