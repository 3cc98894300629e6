import { useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorSummary, ProblemMessage, StatusBadge, TextArea } from '../../ui/components';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useAction } from '../../ui/use-action';
import { keys } from '../../queries/keys';
import { useInvalidate } from '../../queries/use-invalidate';
import type { ProposalDetail } from '../reviewer/models';
import { committeeTexts } from './texts';

const DECISIONS = ['adopted', 'adoptedWithConditions', 'notAdopted'] as const;
type Decision = (typeof DECISIONS)[number];

/** The chair's decision (採択 / 条件付き採択 / 不採択) with its 講評, sent as the proposal's FINALIZE event. */
export function DecisionForm({ sessionId, proposal }: { sessionId: string; proposal: ProposalDetail }) {
  const t = useT(committeeTexts);
  const [decision, setDecision] = useState<Decision | ''>('');
  const [conditions, setConditions] = useState('');
  const [kohyo, setKohyo] = useState('');
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [confirming, setConfirming] = useState(false);
  const { failure, run } = useAction();
  const invalidate = useInvalidate();
  if (proposal.state.startsWith('decided') || !['review', 'jointEvaluation'].includes(proposal.state)) {
    const outcome = /^decided\.(\w+)/.exec(proposal.state)?.[1] as Decision | undefined;
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
      </section>
    );
  }
  const conditionList = conditions
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const check = () => {
    const next: Array<{ fieldId: string; message: string }> = [];
    if (!decision) next.push({ fieldId: 'decision-adopted', message: t('decisionMissing') });
    if (decision === 'adoptedWithConditions' && conditionList.length === 0)
      next.push({ fieldId: 'decision-conditions', message: t('conditionsMissing') });
    if (!kohyo.trim()) next.push({ fieldId: 'decision-kohyo', message: t('kohyoMissing') });
    setErrors(next);
    if (next.length === 0) setConfirming(true);
  };
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
        },
      });
      await invalidate(keys.sessions.meeting(sessionId), keys.proposals.one(proposal.id));
    });
  };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="decision-heading" className="committee-panel decision-panel">
      <h3 id="decision-heading">{t('decision')}</h3>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <ErrorSummary errors={errors} />
        {failure ? <ProblemMessage error={failure} /> : null}
        <fieldset className="decision-choices">
          <legend>{t('decisionChoice')}</legend>
          {DECISIONS.map((d) => (
            <label key={d} className="check-row big-choice">
              <input
                type="radio"
                id={`decision-${d}`}
                name="decision"
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
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
            value={conditions}
            error={errorOf('decision-conditions')}
            onChange={(event) => setConditions(event.target.value)}
          />
        ) : null}
        <TextArea
          id="decision-kohyo"
          label={t('kohyo')}
          hint={t('kohyoHint')}
          required
          rows={4}
          value={kohyo}
          error={errorOf('decision-kohyo')}
          onChange={(event) => setKohyo(event.target.value)}
        />
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
        <p>{kohyo}</p>
      </ConfirmDialog>
    </section>
  );
}
