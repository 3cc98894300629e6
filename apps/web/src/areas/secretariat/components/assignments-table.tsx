import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { StatusBadge } from '../../../ui/components';
import type { ProposalAssignment } from '../models';
import { consoleTexts } from '../texts';
import { assignTexts } from './assign-texts';

const stageLabel = {
  document: 'stageDocument',
  presentation: 'stagePresentation',
  project_end: 'stageProject_end',
} as const;

const statusLabel = {
  assigned: ['statusAssigned', 'info'],
  acknowledged: ['statusAcknowledged', 'info'],
  draft: ['statusDraft', 'warn'],
  submitted: ['statusSubmitted', 'good'],
  locked: ['statusLocked', 'good'],
} as const;

/** Sheets still to be filled in: a deactivated reviewer's need someone else. */
const OPEN = new Set(['assigned', 'acknowledged', 'draft']);

/** The proposal's assignments as the API lists them: who, which stage, how far, and any conflict. */
export function AssignmentsTable({ assignments }: { assignments: ProposalAssignment[] }) {
  const t = useT(assignTexts);
  const tc = useT(consoleTexts);
  const { locale } = useLocale();
  if (assignments.length === 0) return <p>{t('existingNone')}</p>;
  return (
    <table id="assignments-table">
      <caption>{t('existingHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reviewer')}</th>
          <th scope="col">{t('stage')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('submittedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {assignments.map((a) => (
          <tr key={a.id} data-reviewer={a.reviewerId} data-status={a.status}>
            <th scope="row">
              {a.reviewerName}
              {a.reviewerActive ? null : (
                <>
                  {' '}
                  <StatusBadge tone="bad">{t('reviewerInactive')}</StatusBadge>
                  {OPEN.has(a.status) ? <p className="field-hint">{t('reviewerInactiveOpen')}</p> : null}
                </>
              )}
            </th>
            <td>{tc(stageLabel[a.stage])}</td>
            <td>
              {a.status === 'conflicted' ? (
                <>
                  <StatusBadge tone="bad">{t('conflict')}</StatusBadge>{' '}
                  {a.conflictKind === 'automatic'
                    ? t('conflictAutomatic')
                    : a.conflictReason
                      ? t('conflictReason', { reason: a.conflictReason })
                      : null}
                </>
              ) : (
                <StatusBadge tone={statusLabel[a.status][1]}>{t(statusLabel[a.status][0])}</StatusBadge>
              )}
            </td>
            <td>{a.submittedAt ? formatDate(a.submittedAt, locale, true) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
