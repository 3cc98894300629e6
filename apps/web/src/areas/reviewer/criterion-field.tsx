import { useId } from 'react';
import { useLocale, useT } from '../../i18n/i18n';
import type { Criterion } from '../../api/review-models';
import { common } from '../../ui/texts';
import { reviewerTexts } from './texts';

/** The points a criterion's scale allows, lowest first. */
export function scalePoints(criterion: Criterion): number[] {
  const { min, max, step } = criterion.scale;
  const points: number[] = [];
  for (let i = 0; min + i * step <= max + 1e-9; i++) points.push(Math.round((min + i * step) * 1000) / 1000);
  return points;
}

export function criterionLabel(criterion: Criterion, locale: 'ja' | 'en'): string {
  return locale === 'en' ? criterion.labelEn || criterion.labelJa : criterion.labelJa;
}

/**
 * One criterion as a radio group (fieldset/legend): its weight and scale in the legend's description, and
 * each point with its level descriptor beside it, so the rubric is at hand while scoring. Then the comment.
 */
export function CriterionField({
  criterion,
  score,
  comment,
  disabled,
  invalid,
  onScore,
  onComment,
}: {
  criterion: Criterion;
  score: number | undefined;
  comment: string;
  disabled: boolean;
  invalid: boolean;
  onScore(value: number): void;
  onComment(value: string): void;
}) {
  const t = useT(reviewerTexts);
  const tc = useT(common);
  const { locale } = useLocale();
  const id = useId();
  const label = criterionLabel(criterion, locale);
  const description = locale === 'en' ? criterion.descriptionEn : criterion.descriptionJa;
  const level = (point: number) => criterion.levels?.find((l) => l.score === point);
  return (
    <fieldset
      className={invalid ? 'criterion criterion-invalid' : 'criterion'}
      id={`criterion-${criterion.key}`}
      aria-describedby={`${id}-about`}
    >
      <legend>{label}</legend>
      <p id={`${id}-about`} className="field-hint">
        {t('weight', { weight: criterion.weight })} ·{' '}
        {t('scale', { min: criterion.scale.min, max: criterion.scale.max, step: criterion.scale.step })}
        {description ? ` · ${description}` : ''}
      </p>
      <div className="score-options">
        {scalePoints(criterion).map((point) => {
          const descriptor = level(point);
          return (
            <label key={point} className={score === point ? 'score-option score-option-checked' : 'score-option'}>
              <input
                type="radio"
                name={`score-${criterion.key}`}
                value={point}
                checked={score === point}
                disabled={disabled}
                onChange={() => onScore(point)}
              />
              <span className="score-point">{point}</span>
              <span className="score-descriptor">
                {descriptor ? (locale === 'en' ? descriptor.labelEn : descriptor.labelJa) : ''}
              </span>
            </label>
          );
        })}
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`} className="field-label">
          {t('comment', { label })}
          <span className={criterion.commentRequired ? 'badge badge-required' : 'badge badge-optional'}>
            {criterion.commentRequired ? tc('required') : tc('optional')}
          </span>
        </label>
        {criterion.commentRequired ? (
          <p className="field-hint" id={`${id}-comment-hint`}>
            {t('commentRequiredHint')}
          </p>
        ) : null}
        <textarea
          id={`${id}-comment`}
          className="input"
          rows={3}
          value={comment}
          disabled={disabled}
          aria-describedby={criterion.commentRequired ? `${id}-comment-hint` : undefined}
          onChange={(event) => onComment(event.target.value)}
        />
      </div>
    </fieldset>
  );
}
