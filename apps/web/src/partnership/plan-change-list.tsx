import type { ReactNode } from 'react';
import { formatDate, formatNumber, useLocale, useT } from '../i18n/i18n';
import type { PlanChange } from './partnership-models';
import { PlanTermsChange } from './plan-terms-change';
import { resultsTexts } from './results-texts';

/** 計画変更の申請, newest first, each with what changes, why, its status and the secretariat's note. */
export function PlanChangeList({
  changes,
  actions,
}: {
  changes: PlanChange[];
  actions?: (change: PlanChange) => ReactNode;
}) {
  const t = useT(resultsTexts);
  const { locale } = useLocale();
  if (changes.length === 0) return <p>{t('noPlanChanges')}</p>;
  return (
    <ol className="plan-changes" reversed>
      {[...changes].reverse().map((change) => (
        <li key={change.id} className="plan-change" data-status={change.status}>
          <p>
            <strong>{change.kinds.map((k) => t(k)).join('・')}</strong>（{t('requester')}：
            {t(change.requesterParty as 'group' | 'department')}、{formatDate(change.createdAt, locale)}） —{' '}
            {t(change.status as 'submitted')}
          </p>
          <p>
            {t('reason')}：{change.reason}
          </p>
          <p className="preserve-lines">
            {t('description')}：{change.description}
          </p>
          {change.budgetTotal !== null ? (
            <p>
              {t('budgetTotal')}：{t('yen', { amount: formatNumber(change.budgetTotal, locale) })}
            </p>
          ) : null}
          <PlanTermsChange change={change} />
          {change.reviewNote ? (
            <p>
              {t('note')}：{change.reviewNote}
            </p>
          ) : null}
          {actions?.(change)}
        </li>
      ))}
    </ol>
  );
}
