import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { ApiError } from '../api/problem';
import { useT } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { ErrorSummary, ProblemMessage, TextArea, TextField } from '../ui/components';
import { useErrorList } from '../ui/use-error-list';
import { consultationTexts } from './consultation-texts';
import { sendProposalEvent } from './send-proposal-event';

interface ReportValues {
  opinion: string;
  feasibility: string;
  budgetIntent: string;
  /** Rows, so that each condition has its own field and its own message. */
  conditions: Array<{ text: string }>;
}

const TEXT_FIELDS = ['opinion', 'feasibility', 'budgetIntent'] as const;

/**
 * 協議結果報告書 (FILE_CONSULTATION_REPORT): the partner department's, or the secretariat's, conclusion on a
 * proposal in consultation. Checked on submit (every message beside its field and in the summary), then confirmed,
 * because a filed report cannot be changed and the proposal moves on to review. Renders nothing unless the caller
 * may file it now.
 */
export function ConsultationReportForm<P extends { id: string; version: number; allowedEvents: string[] }>({
  proposal,
  onFiled,
  className = 'console-panel',
}: {
  proposal: P;
  onFiled: (next: P) => void;
  className?: string;
}) {
  const t = useT(consultationTexts);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const { control, register, handleSubmit, getValues, formState } = useForm<ReportValues>({
    defaultValues: { opinion: '', feasibility: '', budgetIntent: '', conditions: [] },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const conditions = useFieldArray({ control, name: 'conditions' });
  const errors = useErrorList(formState.errors, formState.submitCount, [
    ...TEXT_FIELDS.map((name): [(typeof TEXT_FIELDS)[number], string] => [name, `consultation-${name}`]),
    ...conditions.fields.map((_, i): [`conditions.${number}.text`, string] => [
      `conditions.${i}.text`,
      `consultation-condition-${i}`,
    ]),
  ]);
  if (!proposal.allowedEvents.includes('FILE_CONSULTATION_REPORT')) return null;

  const file = async () => {
    setBusy(true);
    const values = getValues();
    try {
      const conditionTexts = values.conditions.map((c) => c.text.trim()).filter(Boolean);
      const next = await sendProposalEvent<P>(proposal, {
        type: 'FILE_CONSULTATION_REPORT',
        opinion: values.opinion.trim(),
        feasibility: values.feasibility.trim(),
        budgetIntent: values.budgetIntent.trim(),
        ...(conditionTexts.length > 0 ? { conditions: conditionTexts } : {}),
      });
      onFiled(next);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
      else throw error;
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const required = (field: (typeof TEXT_FIELDS)[number]) => ({
    validate: (value: string) => (value.trim() ? true : t('errRequired', { field: t(field) })),
  });

  return (
    <section className={className} aria-labelledby="consultation-heading">
      <h2 id="consultation-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <ErrorSummary errors={errors} />
      {failure ? <ProblemMessage error={failure} /> : null}
      {TEXT_FIELDS.map((field) => (
        <TextArea
          key={field}
          id={`consultation-${field}`}
          rows={field === 'budgetIntent' ? 2 : 4}
          required
          label={t(field)}
          hint={t(`${field}Hint`)}
          error={formState.errors[field]?.message}
          {...register(field, required(field))}
        />
      ))}
      <fieldset className="console-fieldset">
        <legend>{t('conditions')}</legend>
        <p className="field-hint">{t('conditionsHint')}</p>
        {conditions.fields.map((row, i) => (
          <div key={row.id} className="condition-row">
            <TextField
              id={`consultation-condition-${i}`}
              label={t('condition', { n: i + 1 })}
              error={formState.errors.conditions?.[i]?.text?.message}
              {...register(`conditions.${i}.text`, {
                validate: (value) => (value.trim() ? true : t('errCondition', { n: i + 1 })),
              })}
            />
            <button type="button" className="button button-secondary" onClick={() => conditions.remove(i)}>
              {t('removeCondition', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button-secondary" onClick={() => conditions.append({ text: '' })}>
          {t('addCondition')}
        </button>
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-event="FILE_CONSULTATION_REPORT"
          onClick={() => {
            setFailure(undefined);
            void handleSubmit(() => setConfirming(true))();
          }}
        >
          {t('submit')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('confirmTitle')}
        busy={busy}
        confirmLabel={t('submit')}
        onConfirm={() => void file()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
