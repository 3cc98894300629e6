import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import type { Partnership } from '../../../partnership/partnership-models';
import { ErrorSummary, ProblemMessage, TextArea } from '../../../ui/components';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useErrorList } from '../../../ui/use-error-list';
import { assessmentTexts } from './assessment-texts';

type Verdict = 'A' | 'B' | 'C';
interface AssessValues {
  verdict: Verdict | '';
  comment: string;
}

/** The chair's 総合評価 (ASSESS): a verdict A/B/C and the published comment, after a confirmation. */
export function AssessForm({
  partnership,
  onAssessed,
}: {
  partnership: Partnership;
  onAssessed: (verdict: Verdict) => Promise<unknown>;
}) {
  const t = useT(assessmentTexts);
  const { register, handleSubmit, getValues, formState } = useForm<AssessValues>({
    defaultValues: { verdict: '', comment: '' },
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [
    ['verdict', 'verdict-A'],
    ['comment', 'assess-comment'],
  ]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError>();

  const assess = async () => {
    const { verdict, comment } = getValues();
    setBusy(true);
    setProblem(undefined);
    try {
      await call('POST /api/v1/proposals/{id}/events', {
        path: { id: partnership.proposal.id },
        body: { type: 'ASSESS', verdict: verdict as Verdict, comment: comment.trim() },
        ifMatch: partnership.proposal.version,
        idempotencyKey: newIdempotencyKey(),
      });
      setConfirming(false);
      await onAssessed(verdict as Verdict);
    } catch (error) {
      setConfirming(false);
      if (error instanceof ApiError) setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="assess-form" noValidate onSubmit={handleSubmit(() => setConfirming(true))}>
      <ErrorSummary errors={errors} />
      {problem ? <ProblemMessage error={problem} /> : null}
      <fieldset
        className={formState.errors.verdict ? 'field field-invalid' : 'field'}
        aria-describedby={formState.errors.verdict ? 'verdict-error' : undefined}
      >
        <legend className="field-label">{t('verdict')}</legend>
        {formState.errors.verdict ? (
          <p id="verdict-error" className="field-error">
            {formState.errors.verdict.message}
          </p>
        ) : null}
        {(['A', 'B', 'C'] as const).map((verdict) => (
          <div key={verdict} className="checkbox">
            <input
              id={`verdict-${verdict}`}
              type="radio"
              value={verdict}
              {...register('verdict', { validate: (v) => (v ? true : t('errVerdict')) })}
            />
            <label htmlFor={`verdict-${verdict}`}>{t(`verdict${verdict}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextArea
        id="assess-comment"
        rows={5}
        label={t('comment')}
        hint={t('commentHint')}
        required
        error={formState.errors.comment?.message}
        {...register('comment', { validate: (v) => (v.trim() ? true : t('errComment')) })}
      />
      <div className="button-row">
        <button type="submit" className="button">
          {t('assess')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('confirmTitle')}
        busy={busy}
        confirmLabel={t('assess')}
        onConfirm={() => void assess()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('confirmBody')}</p>
        <p>
          {t('verdict')}：{getValues('verdict')}
        </p>
      </ConfirmDialog>
    </form>
  );
}
