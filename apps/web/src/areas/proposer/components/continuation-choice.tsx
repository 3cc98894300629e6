import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Schema } from '../../../api/models';
import { ApiError } from '../../../api/problem';
import { useLocale, useT } from '../../../i18n/i18n';
import { fiscalYearLabel } from '../../../i18n/japanese-calendar';
import { ErrorSummary, ProblemMessage, Select } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { continuationChoiceTexts } from '../continuation-texts';

export type ContinuationCandidate = Schema<'ContinuationCandidate'>;

interface Values {
  kind: 'new' | 'continuation';
  predecessorId: string;
}

/**
 * 新規提案 or 継続提案: the proposer says whether the draft continues an adopted project and which. An earlier
 * proposal whose continuation would run past the call's cap is shown but cannot be chosen (the API refuses it too).
 */
export function ContinuationChoice({
  candidates,
  current,
  maxYears,
  onSave,
}: {
  candidates: ContinuationCandidate[];
  current: string | null;
  maxYears: number;
  onSave: (predecessorId: string | null) => Promise<void>;
}) {
  const t = useT(continuationChoiceTexts);
  const { locale } = useLocale();
  const [failure, setFailure] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, control, formState } = useForm<Values>({
    defaultValues: { kind: current ? 'continuation' : 'new', predecessorId: current ?? '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const kind = useWatch({ control, name: 'kind' });
  const predecessorId = useWatch({ control, name: 'predecessorId' });
  const chosen = candidates.find((c) => c.id === predecessorId);
  const errors = useErrorList(formState.errors, formState.submitCount, [['predecessorId', 'continuation-predecessor']]);

  const save = async (values: Values) => {
    setFailure(undefined);
    setSaved(false);
    try {
      await onSave(values.kind === 'continuation' ? values.predecessorId : null);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
      else throw error;
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit(save)} aria-labelledby="continuation-choice-heading">
      <h2 id="continuation-choice-heading">{t('heading')}</h2>
      <p>{t('intro', { max: maxYears })}</p>
      <ErrorSummary errors={errors} />
      {failure ? <ProblemMessage error={failure} /> : null}
      <fieldset className="radio-group">
        <legend>{t('kind')}</legend>
        {(['new', 'continuation'] as const).map((value) => (
          <div className="radio" key={value}>
            <input id={`continuation-kind-${value}`} type="radio" value={value} {...register('kind')} />
            <label htmlFor={`continuation-kind-${value}`}>{t(value)}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'continuation' ? (
        candidates.length === 0 ? (
          <p className="notice">{t('none')}</p>
        ) : (
          <>
            <Select
              id="continuation-predecessor"
              label={t('predecessor')}
              hint={t('predecessorHint')}
              required
              // The saved choice from the first paint, whichever comes first: the options or react-hook-form's registration.
              defaultValue={current ?? ''}
              error={formState.errors.predecessorId?.message}
              {...register('predecessorId', {
                validate: (id, all) => (all.kind === 'new' || id ? true : t('errPredecessor')),
              })}
            >
              <option value="">{t('choose')}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id} disabled={!c.withinCap}>
                  {t('option', { fiscalYear: fiscalYearLabel(c.fiscalYear, locale), title: c.title, year: c.year })}
                  {c.withinCap ? '' : t('overCap', { max: maxYears })}
                </option>
              ))}
            </Select>
            {chosen ? (
              <p className="meta" data-testid="continuation-year">
                {t('willBe', { year: chosen.year, max: maxYears })}
              </p>
            ) : null}
          </>
        )
      ) : null}
      <button type="submit" className="button button-secondary" disabled={formState.isSubmitting}>
        {t('save')}
      </button>
      <p role="status" aria-live="polite">
        {saved ? t('saved') : ''}
      </p>
    </form>
  );
}
