import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { TextArea, TextField } from '../../../ui/components';
import type { RubricValues } from './rubric-form';
import { rubricTexts } from './rubric-texts';

/** One criterion's inputs (row `index` of the rubric form), in a fieldset named by its number and label. */
export function CriterionFields({
  index,
  control,
  register,
  onRemove,
}: {
  index: number;
  control: Control<RubricValues>;
  register: UseFormRegister<RubricValues>;
  onRemove(): void;
}) {
  const t = useT(rubricTexts);
  const id = `criterion-${index}`;
  // The legend and the remove button name the criterion by its label as typed.
  const labelJa = useWatch({ control, name: `criteria.${index}.labelJa` });
  // The English label is optional: left empty, it shows as the Japanese one.
  const text = (name: 'key' | 'labelJa' | 'labelEn') => (
    <TextField
      id={`${id}-${name}`}
      label={t(name)}
      required={name !== 'labelEn'}
      {...register(`criteria.${index}.${name}`)}
    />
  );
  const number = (name: 'weight' | 'min' | 'max' | 'step') => (
    <TextField
      id={`${id}-${name}`}
      label={t(name)}
      required
      inputMode="numeric"
      {...register(`criteria.${index}.${name}`)}
    />
  );
  return (
    <fieldset className="console-fieldset criterion">
      <legend>
        {t('criterionN', { n: index + 1 })}：{labelJa}
      </legend>
      <div className="console-grid">
        {text('key')}
        {text('labelJa')}
        {text('labelEn')}
        {number('weight')}
        {number('min')}
        {number('max')}
        {number('step')}
      </div>
      <div className="checkbox">
        <input id={`${id}-comment`} type="checkbox" {...register(`criteria.${index}.commentRequired`)} />
        <label htmlFor={`${id}-comment`}>{t('comment')}</label>
      </div>
      <TextArea id={`${id}-levels`} label={t('levels')} rows={4} {...register(`criteria.${index}.levels`)} />
      <button type="button" className="button button-secondary" onClick={onRemove}>
        {t('remove')}
        <span className="visually-hidden">：{labelJa || t('criterionN', { n: index + 1 })}</span>
      </button>
    </fieldset>
  );
}
