import type { ReactNode } from 'react';
import { formatDate, formatNumber, useLocale, useT } from '../i18n/i18n';
import type { ProgressReport } from './partnership-models';
import { partnershipTexts } from './partnership-texts';

/** The progress reports, newest first, each with its KPI actuals and status; `actions` adds the secretariat's buttons. */
export function ProgressReportList({
  reports,
  actions,
}: {
  reports: ProgressReport[];
  actions?: (report: ProgressReport) => ReactNode;
}) {
  const t = useT(partnershipTexts);
  const { locale } = useLocale();
  if (reports.length === 0) return <p>{t('noReports')}</p>;
  return (
    <ol className="progress-reports" reversed>
      {[...reports].reverse().map((report) => (
        <li key={report.id} className="progress-report" data-status={report.status}>
          <p>
            <strong>
              {formatDate(report.periodFrom, locale)} – {formatDate(report.periodTo, locale)}
            </strong>{' '}
            （{t('reporter')}：{t(report.reporterParty as 'group' | 'department')}） — {t(report.status as 'submitted')}
          </p>
          <p className="preserve-lines">{report.summary}</p>
          {report.kpiActuals.length > 0 ? (
            <ul>
              {report.kpiActuals.map((k) => (
                <li key={k.name}>
                  {k.name}：{formatNumber(k.actual, locale, 0)}
                  {k.unit} / {formatNumber(k.target, locale, 0)}
                  {k.unit}
                </li>
              ))}
            </ul>
          ) : null}
          {report.reviewNote ? (
            <p>
              {t('returnNote')}：{report.reviewNote}
            </p>
          ) : null}
          {actions?.(report)}
        </li>
      ))}
    </ol>
  );
}
