import { useState } from 'react';
import { call } from '../../../api/client';
import { defineMessages, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { fiscalYearLabel } from '../../../i18n/japanese-calendar';
import { Async, BarChart, PageTitle, Select } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { FunnelRow, PublicStatistics } from '../models';
import { yearsOf } from '../models';
import { WithMunicipality } from '../municipality';
import { publicTexts } from '../texts';
import { FunnelTable, useRate } from '../components/funnel-table';
import { funnelTexts } from '../components/funnel-texts';

const messages = defineMessages({
  ja: {
    title: '統計',
    lead: '提案を受け付けてから事業の実施に至るまでの件数を、年度・提案の種類・提案者・担当課・活動分野ごとに集計しています。採否は結果を公表したものだけを数えます。',
    year: '集計する年度',
    allYears: 'すべての年度',
    summary:
      '{period}の提案件数は{received}件で、そのうち実施件数は{implemented}件（実施率{rate}）です。提案の種類別の実施率は、テーマ設定型が{theme}、自由提案型が{free}です。',
    allPeriod: 'これまで',
    chart: '提案の種類別の提案件数と実施件数',
    chartLegend: '上の棒が提案件数、下の棒が実施件数です。',
    total: '全体',
    byType: '提案の種類別',
    byProposer: '提案者別',
    byTypeAndProposer: '提案の種類と提案者別',
    byDepartment: '担当課別',
    byField: '活動分野別',
    none: 'まだ受け付けた提案はありません。',
    count: '件',
  },
  en: {
    title: 'Statistics',
    lead: 'From receipt to implementation: proposals counted by fiscal year, proposal type, proposer, department and activity field. Decisions count only once published.',
    year: 'Fiscal year',
    allYears: 'All years',
    summary:
      '{period}, {received} proposals were received, of which {implemented} were implemented (implementation rate {rate}). By proposal type, the implementation rate is {theme} for theme-based and {free} for free proposals.',
    allPeriod: 'So far',
    chart: 'Proposals received and implemented by proposal type',
    chartLegend: 'Upper bar: received; lower bar: implemented.',
    total: 'All proposals',
    byType: 'By proposal type',
    byProposer: 'By proposer',
    byTypeAndProposer: 'By proposal type and proposer',
    byDepartment: 'By department',
    byField: 'By activity field',
    none: 'No proposal has been received yet.',
    count: '',
  },
});

export function StatisticsPage() {
  const t = useT(messages);
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('lead')}</p>
      <WithMunicipality>{(m) => <Statistics code={m.code} />}</WithMunicipality>
      <Definitions />
    </section>
  );
}

function Statistics({ code }: { code: string }) {
  const state = useApiQuery(keys.public.statistics(code), (signal) =>
    call('GET /api/v1/public/statistics', { query: { municipality: code }, signal }),
  );
  return <Async state={state}>{(stats) => <Funnel stats={stats} />}</Async>;
}

/** The funnel of one year, or of every year (the default), table by table. */
function Funnel({ stats }: { stats: PublicStatistics }) {
  const t = useT(messages);
  const p = useT(publicTexts);
  const f = useT(funnelTexts);
  const { locale } = useLocale();
  const rate = useRate();
  const [year, setYear] = useState('');
  const years = yearsOf(stats);
  const rows = stats.funnel.filter((r) => (year === '' ? r.fiscalYear === null : r.fiscalYear === Number(year)));
  const of = (dimension: FunnelRow['dimension']) => rows.filter((r) => r.dimension === dimension);
  const total = of('total')[0];
  if (!total || total.received === 0) return <p className="notice">{t('none')}</p>;
  const type = (key: string) => of('proposalType').find((r) => r.key === key) ?? null;
  const tables: Array<[string, FunnelRow['dimension']]> = [
    ['total', 'total'],
    ['byType', 'proposalType'],
    ['byProposer', 'proposerKind'],
    ['byTypeAndProposer', 'typeAndProposer'],
    ['byDepartment', 'department'],
    ['byField', 'field'],
  ];
  return (
    <>
      <Select label={t('year')} id="statistics-year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
        <option value="">{t('allYears')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {fiscalYearLabel(y, locale)}
          </option>
        ))}
      </Select>
      <p className="statistics-summary" aria-live="polite">
        {t('summary', {
          period: year === '' ? t('allPeriod') : fiscalYearLabel(Number(year), locale),
          received: formatNumber(total.received, locale),
          implemented: formatNumber(total.implemented, locale),
          rate: rate(total.implementationRate),
          theme: rate(type('theme')?.implementationRate ?? null),
          free: rate(type('free')?.implementationRate ?? null),
        })}
      </p>
      <BarChart
        title={t('chart')}
        rows={of('proposalType').map((r) => ({
          label: p(r.key as 'theme'),
          value: r.received,
          secondary: r.implemented,
          secondaryLabel: f('implemented'),
        }))}
        unit={t('count')}
      />
      <p className="meta">{t('chartLegend')}</p>
      {tables.map(([title, dimension]) =>
        of(dimension).length === 0 ? null : (
          <FunnelTable key={dimension} id={`funnel-${dimension}`} title={t(title as 'total')} rows={of(dimension)} />
        ),
      )}
    </>
  );
}

/** What each stage and rate counts: the same words as docs/disclosure.md. */
function Definitions() {
  const f = useT(funnelTexts);
  const stages = [
    'received',
    'screenedOut',
    'withdrawn',
    'inReview',
    'provisional',
    'notAdopted',
    'adopted',
    'implemented',
  ] as const;
  return (
    <section aria-labelledby="funnel-definitions">
      <h2 id="funnel-definitions">{f('definitions')}</h2>
      <dl className="pairs">
        {stages.map((stage) => (
          <div key={stage}>
            <dt>{f(stage)}</dt>
            <dd>{f(`${stage}Text`)}</dd>
          </div>
        ))}
        {(['adoptionRate', 'implementationRate'] as const).map((rate) => (
          <div key={rate}>
            <dt>{f(rate)}</dt>
            <dd>{f(`${rate}Formula`)}</dd>
          </div>
        ))}
      </dl>
      <p>{f('ratesText')}</p>
    </section>
  );
}
