import { useT } from '../../../i18n/i18n';
import { TextArea, TextField } from '../../../ui/components';
import type { Criterion } from '../models';
import { rubricTexts } from './rubric-texts';

export function levelsToText(levels: Criterion['levels']): string {
  return (levels ?? []).map((l) => `${l.score} ${l.labelJa} / ${l.labelEn}`).join('\n');
}

export function textToLevels(text: string): Criterion['levels'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(-?\d+(?:\.\d+)?)\s+(.*)$/.exec(line);
      const [ja, en] = (match?.[2] ?? line).split(' / ');
      return { score: Number(match?.[1] ?? 0), labelJa: ja.trim(), labelEn: (en ?? ja).trim() };
    });
}

/** One criterion's inputs, in a fieldset named by its number and label. */
export function CriterionFields({
  index,
  criterion,
  levels,
  onChange,
  onLevels,
  onRemove,
}: {
  index: number;
  criterion: Criterion;
  levels: string;
  onChange(next: Criterion): void;
  onLevels(text: string): void;
  onRemove(): void;
}) {
  const t = useT(rubricTexts);
  const id = `criterion-${index}`;
  const num = (value: string) => (value === '' ? 0 : Number(value));
  return (
    <fieldset className="console-fieldset criterion">
      <legend>
        {t('criterionN', { n: index + 1 })}：{criterion.labelJa}
      </legend>
      <div className="console-grid">
        <TextField
          id={`${id}-key`}
          label={t('key')}
          required
          value={criterion.key}
          onChange={(e) => onChange({ ...criterion, key: e.target.value })}
        />
        <TextField
          id={`${id}-labelJa`}
          label={t('labelJa')}
          required
          value={criterion.labelJa}
          onChange={(e) => onChange({ ...criterion, labelJa: e.target.value })}
        />
        <TextField
          id={`${id}-labelEn`}
          label={t('labelEn')}
          required
          value={criterion.labelEn}
          onChange={(e) => onChange({ ...criterion, labelEn: e.target.value })}
        />
        <TextField
          id={`${id}-weight`}
          label={t('weight')}
          required
          inputMode="numeric"
          value={String(criterion.weight)}
          onChange={(e) => onChange({ ...criterion, weight: num(e.target.value) })}
        />
        <TextField
          id={`${id}-min`}
          label={t('min')}
          required
          inputMode="numeric"
          value={String(criterion.scale.min)}
          onChange={(e) => onChange({ ...criterion, scale: { ...criterion.scale, min: num(e.target.value) } })}
        />
        <TextField
          id={`${id}-max`}
          label={t('max')}
          required
          inputMode="numeric"
          value={String(criterion.scale.max)}
          onChange={(e) => onChange({ ...criterion, scale: { ...criterion.scale, max: num(e.target.value) } })}
        />
        <TextField
          id={`${id}-step`}
          label={t('step')}
          required
          inputMode="numeric"
          value={String(criterion.scale.step)}
          onChange={(e) => onChange({ ...criterion, scale: { ...criterion.scale, step: num(e.target.value) } })}
        />
      </div>
      <div className="checkbox">
        <input
          id={`${id}-comment`}
          type="checkbox"
          checked={!!criterion.commentRequired}
          onChange={(e) => onChange({ ...criterion, commentRequired: e.target.checked })}
        />
        <label htmlFor={`${id}-comment`}>{t('comment')}</label>
      </div>
      <TextArea
        id={`${id}-levels`}
        label={t('levels')}
        rows={4}
        value={levels}
        onChange={(e) => onLevels(e.target.value)}
      />
      <button type="button" className="button button-secondary" onClick={onRemove}>
        {t('remove')}
        <span className="visually-hidden">：{criterion.labelJa || t('criterionN', { n: index + 1 })}</span>
      </button>
    </fieldset>
  );
}
