import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import type { Schema } from '../../../api/models';
import type { Criterion } from '../../../api/review-models';
import type { Partnership } from '../../../partnership/partnership-models';
import { CaptionedTable } from '../../../ui/captioned-table';
import { ScoringMethodNote } from '../../../ui/score-total';
import { assessmentTexts } from './assessment-texts';

/** The two self-evaluations side by side: each item's scores (a difference of 2 or more flagged), then both texts. */
export function SelfEvaluationsTable({
  evaluation,
  criteria,
  texts,
}: {
  evaluation: Schema<'EvaluationOfProject'>;
  criteria: Criterion[];
  texts: Partnership['selfEvaluations'];
}) {
  const t = useT(assessmentTexts);
  const { locale } = useLocale();
  const label = (key: string) => {
    const criterion = criteria.find((c) => c.key === key);
    return criterion ? (locale === 'ja' ? criterion.labelJa : criterion.labelEn) : key;
  };
  const score = (value: number | null) => (value === null ? t('notGiven') : formatNumber(value, locale, 1));
  // A part not there yet is a dash, never a 0.
  const onHundred = (value: number | null) => (value === null ? t('dash') : formatNumber(value, locale, 1));
  return (
    <section aria-labelledby="self-heading">
      <h2 id="self-heading">{t('selfHeading')}</h2>
      <div className="self-evaluations">
        {(['group', 'department'] as const).map((side) => (
          <div key={side} className="self-evaluation-text">
            <h3>{t(side === 'group' ? 'groupSide' : 'departmentSide')}</h3>
            <p className="preserve-lines">{texts[side]?.summary ?? t('notGiven')}</p>
          </div>
        ))}
      </div>
      <CaptionedTable
        id="self-scores"
        caption={t('selfHeading')}
        columns={[t('item'), t('groupSide'), t('departmentSide'), t('differs')]}
      >
        {evaluation.items.map((item) => (
          <tr key={item.key} className={item.differsBy2 ? 'differs' : undefined}>
            <th scope="row">{label(item.key)}</th>
            <td>{score(item.group)}</td>
            <td>{score(item.department)}</td>
            <td>{item.differsBy2 ? t('differsYes') : '—'}</td>
          </tr>
        ))}
      </CaptionedTable>
      <ScoringMethodNote scoring={evaluation.scoring} />
      <p>
        {t('totals', {
          group: onHundred(evaluation.totals.group),
          department: onHundred(evaluation.totals.department),
          committee: onHundred(evaluation.totals.committee),
          combined: onHundred(evaluation.totals.combined),
        })}
      </p>
      {evaluation.missing.length > 0 ? (
        <p className="notice-inline" data-testid="evaluation-missing">
          {t('missingLead', {
            parts: evaluation.missing
              .map((part) => t(`missing_${part}` as 'missing_group' | 'missing_department' | 'missing_committee'))
              .join(t('partsSeparator')),
          })}
        </p>
      ) : null}
    </section>
  );
}
