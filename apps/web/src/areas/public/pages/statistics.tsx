import { call } from '../../../api/client';
import { defineMessages, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { Async, BarChart, PageTitle } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { Origin, PublicStatistics } from '../models';
import { WithMunicipality } from '../municipality';
import { publicTexts } from '../texts';
import { ScrollTable } from '../components/scroll-table';

const messages = defineMessages({
  ja: {
    title: '統計',
    lead: '公開された審査結果をもとに集計しています。採択された事業のうち、協定を結んで実施に進んだ割合を「実施率」としています。',
    byYear: '年度別の公開件数と採択件数',
    byYearLegend: '上の棒が公開件数、下の棒が採択件数（条件付き採択を含む）です。',
    byOrigin: '提案区分別の採択件数と実施件数',
    byOriginLegend: '上の棒が採択件数、下の棒が実施に進んだ件数です。',
    byField: '活動分野別の公開件数',
    table: '表：{title}',
    year: '年度',
    origin: '提案区分',
    field: '活動分野',
    disclosed: '公開件数',
    adopted: '採択件数',
    implemented: '実施件数',
    rate: '実施率',
    none: 'まだ公開された結果はありません。',
    count: '件',
  },
  en: {
    title: 'Statistics',
    lead: 'Counted from the published decisions. The implementation rate is the share of adopted projects that concluded an agreement and went ahead.',
    byYear: 'Disclosed and adopted proposals by fiscal year',
    byYearLegend: 'Upper bar: disclosed; lower bar: adopted (including with conditions).',
    byOrigin: 'Adopted and implemented projects by origin',
    byOriginLegend: 'Upper bar: adopted; lower bar: went ahead.',
    byField: 'Disclosed proposals by activity field',
    table: 'Table: {title}',
    year: 'Fiscal year',
    origin: 'Origin',
    field: 'Activity field',
    disclosed: 'Disclosed',
    adopted: 'Adopted',
    implemented: 'Implemented',
    rate: 'Implementation rate',
    none: 'No result is published yet.',
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
    </section>
  );
}

function Statistics({ code }: { code: string }) {
  const state = useApiQuery(keys.public.statistics(code), (signal) =>
    call('GET /api/v1/public/statistics', { query: { municipality: code }, signal }),
  );
  return <Async state={state}>{(stats) => <Charts stats={stats} />}</Async>;
}

function Charts({ stats }: { stats: PublicStatistics }) {
  const t = useT(messages);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  const rows = stats.byYearAndOrigin;
  if (rows.length === 0) return <p className="notice">{t('none')}</p>;
  const years = [...new Set(rows.map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const perYear = years.map((year) => {
    const of = rows.filter((r) => r.fiscalYear === year);
    return {
      label: p('fiscalYear', { year }),
      value: of.reduce((n, r) => n + r.disclosed, 0),
      secondary: of.reduce((n, r) => n + r.adopted, 0),
      secondaryLabel: t('adopted'),
    };
  });
  const origins: Origin[] = ['group', 'department'];
  const perOrigin = origins.map((origin) => {
    const of = rows.filter((r) => r.origin === origin);
    return {
      label: p(origin),
      value: of.reduce((n, r) => n + r.adopted, 0),
      secondary: of.reduce((n, r) => n + r.implemented, 0),
      secondaryLabel: t('implemented'),
    };
  });
  const fieldLabel = (f: PublicStatistics['byActivityField'][number]) => (locale === 'en' ? f.labelEn : f.labelJa);
  const num = (n: number) => formatNumber(n, locale);
  return (
    <>
      <section aria-labelledby="stats-year">
        <h2 id="stats-year">{t('byYear')}</h2>
        <BarChart title={t('byYear')} rows={perYear} unit={t('count')} />
        <p className="meta">{t('byYearLegend')}</p>
        <ScrollTable label={t('byYear')}>
          <table>
            <caption className="visually-hidden">{t('table', { title: t('byYear') })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('origin')}</th>
                <th scope="col" className="number">
                  {t('disclosed')}
                </th>
                <th scope="col" className="number">
                  {t('adopted')}
                </th>
                <th scope="col" className="number">
                  {t('implemented')}
                </th>
                <th scope="col" className="number">
                  {t('rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.fiscalYear}-${r.origin}`}>
                  <th scope="row">{p('fiscalYear', { year: r.fiscalYear })}</th>
                  <td>{p(r.origin)}</td>
                  <td className="number">{num(r.disclosed)}</td>
                  <td className="number">{num(r.adopted)}</td>
                  <td className="number">{num(r.implemented)}</td>
                  <td className="number">
                    {r.implementationRate === null ? '—' : `${formatNumber(r.implementationRate, locale, 1)}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      <section aria-labelledby="stats-origin">
        <h2 id="stats-origin">{t('byOrigin')}</h2>
        <BarChart title={t('byOrigin')} rows={perOrigin} unit={t('count')} />
        <p className="meta">{t('byOriginLegend')}</p>
        <ScrollTable label={t('byOrigin')}>
          <table>
            <caption className="visually-hidden">{t('table', { title: t('byOrigin') })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('origin')}</th>
                <th scope="col" className="number">
                  {t('adopted')}
                </th>
                <th scope="col" className="number">
                  {t('implemented')}
                </th>
              </tr>
            </thead>
            <tbody>
              {perOrigin.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td className="number">{num(r.value)}</td>
                  <td className="number">{num(r.secondary)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      <section aria-labelledby="stats-field">
        <h2 id="stats-field">{t('byField')}</h2>
        <BarChart
          title={t('byField')}
          rows={stats.byActivityField.map((f) => ({ label: fieldLabel(f), value: f.disclosed }))}
          unit={t('count')}
        />
        <ScrollTable label={t('byField')}>
          <table>
            <caption className="visually-hidden">{t('table', { title: t('byField') })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                <th scope="col" className="number">
                  {t('disclosed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.byActivityField.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{fieldLabel(f)}</th>
                  <td className="number">{num(f.disclosed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    </>
  );
}
