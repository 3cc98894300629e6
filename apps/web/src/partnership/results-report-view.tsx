import type { ReactNode } from 'react';
import { formatDate, formatNumber, useLocale, useT } from '../i18n/i18n';
import { CaptionedTable } from '../ui/captioned-table';
import type { ResultsReport } from './partnership-models';
import { resultsTexts } from './results-texts';

/** One results report as filed: what was done, the KPIs planned against actual, the accounts and the settlement. */
export function ResultsReportView({ report, children }: { report: ResultsReport; children?: ReactNode }) {
  const t = useT(resultsTexts);
  const { locale } = useLocale();
  const yen = (amount: number) => t('yen', { amount: formatNumber(amount, locale) });
  const idBase = `results-${report.id.slice(0, 8)}`;
  return (
    <article className="results-report" data-status={report.status}>
      <p>
        <strong>{formatDate(report.createdAt, locale)}</strong> — {t(report.status as 'submitted')}
      </p>
      <h3>{t('summary')}</h3>
      <p className="preserve-lines">{report.summary}</p>
      <CaptionedTable
        id={`${idBase}-kpis`}
        caption={t('kpiActual')}
        columns={[t('kpiName'), t('kpiTarget'), t('kpiActual')]}
      >
        {report.kpiActuals.map((k) => (
          <tr key={k.name}>
            <th scope="row">{k.name}</th>
            <td>{`${formatNumber(k.target, locale)}${k.unit}`}</td>
            <td>{`${formatNumber(k.actual, locale)}${k.unit}`}</td>
          </tr>
        ))}
      </CaptionedTable>
      <CaptionedTable
        id={`${idBase}-accounts`}
        caption={t('accountsCaption')}
        columns={[t('kind'), t('item'), t('planned'), t('actual')]}
      >
        {report.accounts.map((line) => (
          <tr key={`${line.kind}-${line.item}`}>
            <td>{t(line.kind as 'income' | 'expense')}</td>
            <th scope="row">{line.item}</th>
            <td>{yen(line.planned)}</td>
            <td>{yen(line.actual)}</td>
          </tr>
        ))}
        <tr>
          <td>{t('income')}</td>
          <th scope="row">{t('incomeTotal')}</th>
          <td>{yen(report.incomePlanned)}</td>
          <td>{yen(report.incomeTotal)}</td>
        </tr>
        <tr>
          <td>{t('expense')}</td>
          <th scope="row">{t('expenseTotal')}</th>
          <td>{yen(report.expensePlanned)}</td>
          <td>{yen(report.expenseTotal)}</td>
        </tr>
      </CaptionedTable>
      <dl className="settlement">
        <dt>{t('grantedAmount')}</dt>
        <dd>{yen(report.grantedAmount)}</dd>
        <dt>{t('usedAmount')}</dt>
        <dd>{yen(report.usedAmount)}</dd>
        <dt>{t('returnAmount')}</dt>
        <dd data-testid="return-amount">{yen(report.returnAmount)}</dd>
      </dl>
      {report.reviewNote ? (
        <p>
          {t('note')}：{report.reviewNote}
        </p>
      ) : null}
      {children}
    </article>
  );
}
