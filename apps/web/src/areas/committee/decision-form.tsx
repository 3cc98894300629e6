import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorSummary, ProblemMessage, StatusBadge, TextArea } from '../../ui/components';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useAction } from '../../ui/use-action';
import { useErrorList } from '../../ui/use-error-list';
import { keys } from '../../queries/keys';
import { useInvalidate } from '../../queries/use-invalidate';
import type { ProposalDetail } from '../reviewer/models';
import { committeeTexts } from './texts';

const DECISIONS = ['adopted', 'adoptedWithConditions', 'notAdopted'] as const;
type Decision = (typeof DECISIONS)[number];

/** The form's values (not an answer, so not from the document). */
interface DecisionValues {
  decision: Decision | '';
  /** One condition a line. */
  conditions: string;
  kohyo: string;
  /** The chair's explicit yes to a decision with no score sheet in for the stage. */
  unscored: boolean;
  /** 内定: this adoption alone is provisional, pending the budget. */
  provisional: boolean;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The chair's decision (採択 / 条件付き採択 / 不採択) with its 講評, sent as the proposal's FINALIZE event. With no
 * score sheet in for the session's stage it warns, and decides only once the chair has said so explicitly.
 */
export function DecisionForm({
  sessionId,
  proposal,
  submittedSheets,
}: {
  sessionId: string;
  proposal: ProposalDetail;
  /** Score sheets submitted for this proposal in the session's stage. */
  submittedSheets: number;
}) {
  const t = useT(committeeTexts);
  const [confirming, setConfirming] = useState(false);
  // Checked on submit (then confirmed in a dialog); the messages stay until the next attempt.
  const { register, handleSubmit, watch, formState } = useForm<DecisionValues>({
    defaultValues: { decision: '', conditions: '', kohyo: '', unscored: false, provisional: false },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [
    ['decision', 'decision-adopted'],
    ['conditions', 'decision-conditions'],
    ['kohyo', 'decision-kohyo'],
    ['unscored', 'decision-unscored'],
  ]);
  const [decision, conditions, kohyo, provisionalChecked] = watch(['decision', 'conditions', 'kohyo', 'provisional']);
  // Only an adoption can be provisional; a box left ticked before choosing 不採択 sends nothing.
  const provisional = provisionalChecked && (decision === 'adopted' || decision === 'adoptedWithConditions');
  const { failure, run } = useAction();
  const invalidate = useInvalidate();
  if (proposal.state.startsWith('decided') || !['review', 'jointEvaluation'].includes(proposal.state)) {
    const outcome = /^decided\.(\w+)/.exec(proposal.state)?.[1] as Decision | 'provisional' | undefined;
    return (
      <section aria-labelledby="decision-heading" className="committee-panel">
        <h3 id="decision-heading">{t('decision')}</h3>
        <p data-testid="decision-state">
          <StatusBadge tone="good">
            {t('decisionMade', { state: outcome ? t(`decision_${outcome}`) : proposal.state })}
          </StatusBadge>
        </p>
      </section>
    );
  }
  if (!proposal.allowedEvents.includes('FINALIZE')) {
    return (
      <section aria-labelledby="decision-heading" className="committee-panel">
        <h3 id="decision-heading">{t('decision')}</h3>
        <p>{t('decisionNotYours')}</p>
        {proposal.decisionBlockers?.length ? (
          <div className="notice notice-warn" role="status">
            <p className="notice-title">{t('blockersHeading')}</p>
            <ul data-testid="decision-blockers">
              {proposal.decisionBlockers.map((b) => (
                <li key={b.condition}>
                  {t(`blocker_${b.condition}`, {
                    quorum: b.quorum ?? 0,
                    present: b.present ?? 0,
                    recused: b.recused ?? 0,
                    counted: b.counted ?? 0,
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    );
  }
  const conditionList = linesOf(conditions);
  const decide = () => {
    setConfirming(false);
    return run(async () => {
      await call('POST /api/v1/proposals/{id}/events', {
        path: { id: proposal.id },
        ifMatch: proposal.version,
        body: {
          type: 'FINALIZE',
          decision: decision as Decision,
          reason: kohyo.trim(),
          ...(decision === 'adoptedWithConditions' ? { conditions: conditionList } : {}),
          ...(provisional ? { provisional: true } : {}),
        },
      });
      await invalidate(keys.sessions.meeting(sessionId), keys.proposals.one(proposal.id));
    });
  };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="decision-heading" className="committee-panel decision-panel">
      <h3 id="decision-heading">{t('decision')}</h3>
      <form noValidate onSubmit={handleSubmit(() => setConfirming(true))}>
        <ErrorSummary errors={errors} />
        {failure ? <ProblemMessage error={failure} /> : null}
        <fieldset className="decision-choices">
          <legend>{t('decisionChoice')}</legend>
          {DECISIONS.map((d) => (
            <label key={d} className="check-row big-choice">
              <input
                type="radio"
                id={`decision-${d}`}
                value={d}
                {...register('decision', { validate: (value) => (value ? true : t('decisionMissing')) })}
              />
              {t(`decision_${d}`)}
            </label>
          ))}
        </fieldset>
        {decision === 'adoptedWithConditions' ? (
          <TextArea
            id="decision-conditions"
            label={t('conditions')}
            required
            rows={3}
            error={errorOf('decision-conditions')}
            {...register('conditions', {
              validate: (value, all) =>
                all.decision === 'adoptedWithConditions' && linesOf(value).length === 0 ? t('conditionsMissing') : true,
            })}
          />
        ) : null}
        {decision === 'adopted' || decision === 'adoptedWithConditions' ? (
          <div className="field">
            <label className="check-row">
              <input
                type="checkbox"
                id="decision-provisional"
                aria-describedby="decision-provisional-hint"
                {...register('provisional')}
              />
              {t('provisional')}
            </label>
            <p id="decision-provisional-hint" className="field-hint">
              {t('provisionalHint')}
            </p>
          </div>
        ) : null}
        <TextArea
          id="decision-kohyo"
          label={t('kohyo')}
          hint={t('kohyoHint')}
          required
          rows={4}
          error={errorOf('decision-kohyo')}
          {...register('kohyo', { validate: (value) => (value.trim() ? true : t('kohyoMissing')) })}
        />
        {submittedSheets === 0 ? (
          <div className="notice notice-warn" role="note">
            <p>{t('unscoredWarning')}</p>
            {errorOf('decision-unscored') ? (
              <p id="decision-unscored-error" className="field-error">
                {errorOf('decision-unscored')}
              </p>
            ) : null}
            <label className="check-row">
              <input
                type="checkbox"
                id="decision-unscored"
                aria-describedby={errorOf('decision-unscored') ? 'decision-unscored-error' : undefined}
                {...register('unscored', { validate: (yes) => (yes ? true : t('unscoredMissing')) })}
              />
              {t('unscoredConfirm')}
            </label>
          </div>
        ) : null}
        <button type="submit" className="button">
          {t('decide')}
        </button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('decideConfirmTitle', { title: proposal.title, decision: decision ? t(`decision_${decision}`) : '' })}
        confirmLabel={t('decide')}
        onConfirm={() => void decide()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('decideConfirmBody')}</p>
        {provisional ? <p>{t('provisionalConfirm')}</p> : null}
        <p>{kohyo}</p>
      </ConfirmDialog>
    </section>
  );
}
