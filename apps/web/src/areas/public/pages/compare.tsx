import { useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { defineMessages, useLocale, useT } from '../../../i18n/i18n';
import { fiscalYearLabel } from '../../../i18n/japanese-calendar';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, PageTitle, Select } from '../../../ui/components';
import { CountsTable } from '../components/funnel-table';
import { funnelTexts } from '../components/funnel-texts';

const BASE = '/api/v1/public/comparison';

const messages = defineMessages({
  ja: {
    title: '自治体間比較',
    lead: '協働事業提案制度の提案件数から実施件数まで（採択率・実施率）を、参加している自治体ごとに年度別に並べています。参加するかどうかは各自治体が決めます。採否は結果を公表したものだけを数えます。',
    year: '年度',
    municipality: '自治体',
    table: '{year}の自治体別の件数と率',
    noneJoined: 'まだ自治体間比較に参加している自治体はありません。',
    noneThisYear: 'この年度に提案を受け付けた参加自治体はありません。',
    dataset: '比較データ（オープンデータ）',
    datasetText:
      '受け付けた提案 1 件ごとに、全国地方公共団体コード、年度（西暦・和暦）、提案の種類、提案者、活動分野、申請額（結果の公表後）、到達段階、実施の有無、期末評価（公表後）を載せています。団体名・事業名・番号は含みません。',
    csv: 'CSV',
    csvExcel: 'CSV（Excel 用・BOM 付き）',
    csvSjis: 'CSV（Shift_JIS）',
    json: 'JSON',
    schema: 'JSON Schema',
    download: '比較データをダウンロード：{format}',
    statistics:
      '自治体ごとの詳しい統計（提案の種類・提案者・担当課・活動分野別）は、各自治体の「統計」ページにあります。',
    toStatistics: '{name}の統計',
  },
  en: {
    title: 'Comparison across municipalities',
    lead: 'From proposals received to projects implemented (adoption and implementation rates), by fiscal year, for each municipality that joined the comparison. Each municipality decides whether it joins. Decisions count only once published.',
    year: 'Fiscal year',
    municipality: 'Municipality',
    table: 'Figures and rates by municipality, {year}',
    noneJoined: 'No municipality has joined the comparison yet.',
    noneThisYear: 'No municipality that joined received proposals in this fiscal year.',
    dataset: 'Comparison dataset (open data)',
    datasetText:
      'One row per received proposal: municipality code, fiscal year (Western and Japanese era), proposal type, proposer, activity fields, requested amount (once the decision is published), stage reached, implemented or not, end-of-term verdict (once published). No group, title or number.',
    csv: 'CSV',
    csvExcel: 'CSV for Excel (with BOM)',
    csvSjis: 'CSV (Shift_JIS)',
    json: 'JSON',
    schema: 'JSON Schema',
    download: 'Download the comparison dataset: {format}',
    statistics:
      'Each municipality’s detailed statistics (by type, proposer, department and field) are on its Statistics page.',
    toStatistics: 'Statistics of {name}',
  },
});

/** 自治体間比較: the municipalities that joined, side by side, one fiscal year at a time. */
export function ComparePage() {
  const t = useT(messages);
  const state = useApiQuery(keys.public.comparison(), (signal) => call('GET /api/v1/public/comparison', { signal }));
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('lead')}</p>
      <Async state={state}>
        {(comparison) =>
          comparison.municipalities.length === 0 ? (
            <p className="notice">{t('noneJoined')}</p>
          ) : (
            <Comparison municipalities={comparison.municipalities} />
          )
        }
      </Async>
      <Dataset />
    </section>
  );
}

function Comparison({ municipalities }: { municipalities: Array<Schema<'ComparisonMunicipality'>> }) {
  const t = useT(messages);
  const f = useT(funnelTexts);
  const { locale } = useLocale();
  const years = [...new Set(municipalities.flatMap((m) => m.years.map((y) => y.fiscalYear)))].sort((a, b) => b - a);
  const [year, setYear] = useState(String(years[0] ?? ''));
  const rows = municipalities.flatMap((m) => {
    const figures = m.years.find((y) => y.fiscalYear === Number(year));
    return figures ? [{ ...figures, municipality: m }] : [];
  });
  const name = (m: Schema<'ComparisonMunicipality'>) => (locale === 'en' ? m.nameEn || m.nameJa : m.nameJa);
  const title = t('table', { year: year ? fiscalYearLabel(Number(year), locale) : '' });
  return (
    <>
      <Select label={t('year')} id="compare-year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {fiscalYearLabel(y, locale)}
          </option>
        ))}
      </Select>
      {rows.length === 0 ? (
        <p className="notice">{t('noneThisYear')}</p>
      ) : (
        <CountsTable
          id="comparison-heading"
          tableId="comparison-table"
          title={title}
          rows={rows}
          rowKey={(row) => row.municipality.code}
          rowLabel={(row) => name(row.municipality)}
          headLabel={t('municipality')}
        />
      )}
      <p className="meta">{f('ratesText')}</p>
      <p>{t('statistics')}</p>
      <ul className="public-downloads">
        {municipalities.map((m) => (
          <li key={m.code}>
            <Link to={`/statistics?municipality=${encodeURIComponent(m.code)}`}>
              {t('toStatistics', { name: name(m) })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function Dataset() {
  const t = useT(messages);
  const links = [
    { href: `${BASE}/dataset.csv`, format: t('csv') },
    { href: `${BASE}/dataset.csv?bom=1`, format: t('csvExcel') },
    { href: `${BASE}/dataset.csv?encoding=shift_jis`, format: t('csvSjis') },
    { href: `${BASE}/dataset.json`, format: t('json') },
  ];
  return (
    <section aria-labelledby="comparison-dataset">
      <h2 id="comparison-dataset">{t('dataset')}</h2>
      <p>{t('datasetText')}</p>
      <ul className="public-downloads">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download aria-label={t('download', { format: link.format })}>
              {link.format}
            </a>
          </li>
        ))}
        <li>
          <a href={`${BASE}/schema.json`}>{t('schema')}</a>
        </li>
      </ul>
    </section>
  );
}
