import { call } from '../../../api/client';
import { defineMessages, formatDate, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { targetNoteTexts } from '../../../partnership/target-note';
import { ScrollTable } from './scroll-table';

const texts = defineMessages({
  ja: {
    heading: '事業の進み具合',
    kpiTable: '成果指標の目標と実績',
    through: '{date}までの実績（事務局が確認した中間報告による）',
    kpi: '指標',
    target: '目標',
    actual: '実績',
    milestones: '工程',
    planned: '予定',
    done: '完了',
    delayed: '遅れ',
    due: '期限 {date}',
    planChanges: '承認された計画変更',
    approvedOn: '{date}承認：',
    termStartChanged: '開始日を{before}から{after}に変更。',
    termEndChanged: '終了日を{before}から{after}に変更。',
    targetChangedTo: '「{name}」の目標を{before}から{after}に変更。',
  },
  en: {
    heading: 'Progress of the project',
    kpiTable: 'KPIs: targets and actuals',
    through: 'Actuals to {date} (from the progress report the secretariat accepted)',
    kpi: 'KPI',
    target: 'Target',
    actual: 'Actual',
    milestones: 'Milestones',
    planned: 'Planned',
    done: 'Done',
    delayed: 'Delayed',
    due: 'due {date}',
    planChanges: 'Approved plan changes',
    approvedOn: 'Approved {date}:',
    termStartChanged: 'start moved from {before} to {after}.',
    termEndChanged: 'end moved from {before} to {after}.',
    targetChangedTo: 'target of “{name}” changed from {before} to {after}.',
  },
});

/**
 * A disclosed project under way: its KPIs planned against the actual of the latest accepted progress report, and
 * its milestones. Before a report is accepted there is nothing to show (the API answers 404), and nothing is shown.
 */
export function ProjectProgress({ proposalId }: { proposalId: string }) {
  const t = useT(texts);
  const tn = useT(targetNoteTexts);
  const { locale } = useLocale();
  const state = useApiQuery([...keys.public.proposal(proposalId), 'progress'], (signal) =>
    // Progress is a supplement to the record: without it (none accepted yet, or not reachable) the page reads as before.
    call('GET /api/v1/public/proposals/{id}/progress', { path: { id: proposalId }, signal }).catch(() => null),
  );
  const progress = state.data;
  if (!progress) return null;
  return (
    <section aria-labelledby="public-progress" className="public-progress">
      <h2 id="public-progress">{t('heading')}</h2>
      <p className="meta">{t('through', { date: formatDate(progress.reportedThrough, locale) })}</p>
      <ScrollTable label={t('kpiTable')}>
        <table id="public-kpis">
          <thead>
            <tr>
              <th scope="col">{t('kpi')}</th>
              <th scope="col">{t('target')}</th>
              <th scope="col">{t('actual')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.kpis.map((kpi) => (
              <tr key={kpi.name}>
                <th scope="row">{kpi.name}</th>
                <td>
                  {`${formatNumber(kpi.target, locale)}${kpi.unit}`}
                  {kpi.targetChangedAt ? (
                    <span className="meta target-changed">
                      {' '}
                      {tn('targetChanged', {
                        date: formatDate(kpi.targetChangedAt, locale),
                        planned: `${formatNumber(kpi.plannedTarget, locale)}${kpi.unit}`,
                      })}
                    </span>
                  ) : null}
                </td>
                <td>{`${formatNumber(kpi.actual, locale)}${kpi.unit}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {progress.planChanges.length > 0 ? (
        <>
          <h3>{t('planChanges')}</h3>
          <ul className="public-plan-changes">
            {progress.planChanges.map((change) => (
              <li key={change.approvedAt}>
                {t('approvedOn', { date: formatDate(change.approvedAt, locale) })}
                {change.termEnd
                  ? ` ${t('termEndChanged', { before: formatDate(change.termEnd.before, locale), after: formatDate(change.termEnd.after, locale) })}`
                  : ''}
                {change.termStart
                  ? ` ${t('termStartChanged', { before: formatDate(change.termStart.before, locale), after: formatDate(change.termStart.after, locale) })}`
                  : ''}
                {change.kpiTargets.map(
                  (k) =>
                    ` ${t('targetChangedTo', { name: k.name, before: formatNumber(k.before, locale), after: formatNumber(k.after, locale) })}`,
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {progress.milestones.length > 0 ? (
        <>
          <h3>{t('milestones')}</h3>
          <ul className="public-milestones">
            {progress.milestones.map((m, index) => (
              <li key={index}>
                {m.title} — {t(m.status as 'planned' | 'done' | 'delayed')}
                {m.dueOn ? `（${t('due', { date: formatDate(m.dueOn, locale) })}）` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
