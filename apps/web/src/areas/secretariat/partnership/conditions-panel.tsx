import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../../api/problem';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import type { AdoptionCondition, Partnership } from '../../../partnership/partnership-models';
import { ProblemMessage, TextArea } from '../../../ui/components';
import { ConfirmDialog } from '../components/confirm-dialog';
import { partnershipPageTexts } from './partnership-page-texts';
import { sendEvent } from './send-event';

/** 採択の条件: each condition, met or open; an open one is recorded as met with its evidence (RESOLVE_CONDITION). */
export function ConditionsPanel({
  partnership,
  onMoved,
}: {
  partnership: Partnership;
  onMoved: (message: string) => Promise<unknown>;
}) {
  const t = useT(partnershipPageTexts);
  const { locale } = useLocale();
  const may = partnership.proposal.allowedEvents.includes('RESOLVE_CONDITION');
  return (
    <section className="console-panel" aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">{t('conditionsHeading')}</h2>
      {partnership.conditions.length === 0 ? <p>{t('noConditions')}</p> : null}
      <ul className="condition-list">
        {partnership.conditions.map((condition) => (
          <li key={condition.id} data-condition={condition.id}>
            <p>
              <strong>{condition.text}</strong> —{' '}
              {condition.resolvedAt ? t('resolved', { date: formatDate(condition.resolvedAt, locale) }) : t('open')}
            </p>
            {condition.note ? (
              <p>
                {t('evidence')}：{condition.note}
              </p>
            ) : null}
            {!condition.resolvedAt && may ? (
              <ResolveCondition partnership={partnership} condition={condition} onMoved={onMoved} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResolveCondition({
  partnership,
  condition,
  onMoved,
}: {
  partnership: Partnership;
  condition: AdoptionCondition;
  onMoved: (message: string) => Promise<unknown>;
}) {
  const t = useT(partnershipPageTexts);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError>();
  const { register, handleSubmit, getValues, formState } = useForm<{ note: string }>({ defaultValues: { note: '' } });
  const id = `evidence-${condition.id}`;

  const resolve = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await sendEvent(partnership, {
        type: 'RESOLVE_CONDITION',
        conditionId: condition.id,
        note: getValues('note').trim(),
      });
      setConfirming(false);
      await onMoved(t('conditionRecorded', { condition: condition.text }));
    } catch (error) {
      setConfirming(false);
      if (error instanceof ApiError) setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit(() => setConfirming(true))}>
      {problem ? <ProblemMessage error={problem} /> : null}
      <TextArea
        id={id}
        rows={2}
        label={t('evidenceLabel', { condition: condition.text })}
        hint={t('evidenceHint')}
        required
        error={formState.errors.note?.message}
        {...register('note', { validate: (v) => (v.trim() ? true : t('errEvidence')) })}
      />
      <button type="submit" className="button button-secondary" data-resolve={condition.id}>
        {t('resolve')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('resolveTitle')}
        busy={busy}
        confirmLabel={t('resolve')}
        onConfirm={() => void resolve()}
        onCancel={() => setConfirming(false)}
      >
        <p>{condition.text}</p>
        <p className="preserve-lines">{getValues('note')}</p>
        <p>{t('resolveBody')}</p>
      </ConfirmDialog>
    </form>
  );
}
