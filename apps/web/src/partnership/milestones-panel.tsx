import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../api/client';
import { ApiError } from '../api/problem';
import { formatDate, useLocale, useT } from '../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select, TextField } from '../ui/components';
import { useErrorList } from '../ui/use-error-list';
import { MilestoneStatus } from './milestone-status';
import type { Milestone, Partnership } from './partnership-models';
import { partnershipTexts } from './partnership-texts';

interface MilestoneValues {
  title: string;
  dueOn: string;
  status: Milestone['status'];
}

/**
 * 工程: the milestones so far and, while the project runs (RECORD_MILESTONE allowed), a form to record one. The same
 * panel serves the secretariat and both partners.
 */
export function MilestonesPanel({
  partnership,
  onChanged,
}: {
  partnership: Partnership;
  onChanged: (next: Partnership) => void;
}) {
  const t = useT(partnershipTexts);
  const { locale } = useLocale();
  const { proposal, milestones } = partnership;
  const [problem, setProblem] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const { register, handleSubmit, reset, formState } = useForm<MilestoneValues>({
    defaultValues: { title: '', dueOn: '', status: 'planned' },
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [['title', 'milestone-title']]);
  const may = proposal.allowedEvents.includes('RECORD_MILESTONE');

  const record = async (values: MilestoneValues) => {
    setProblem(undefined);
    try {
      const next = await call('POST /api/v1/proposals/{id}/milestones', {
        path: { id: proposal.id },
        body: { title: values.title.trim(), status: values.status, ...(values.dueOn ? { dueOn: values.dueOn } : {}) },
        ifMatch: proposal.version,
        idempotencyKey: newIdempotencyKey(),
      });
      reset();
      setNotice(t('milestoneRecorded', { title: values.title.trim() }));
      onChanged(next);
    } catch (error) {
      if (error instanceof ApiError) setProblem(error);
    }
  };

  return (
    <section className="console-panel milestones" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">{t('milestonesHeading')}</h2>
      {milestones.length === 0 ? (
        <p>{t('noMilestones')}</p>
      ) : (
        <ul className="milestone-list">
          {milestones.map((m) => (
            <li key={m.id}>
              <strong>{m.title}</strong> — {t(m.status)}
              {m.dueOn ? ` （${t('milestoneDue')}：${formatDate(m.dueOn, locale)}）` : ''}
              {m.doneOn ? ` （${t('done')}：${formatDate(m.doneOn, locale)}）` : ''}
              {m.delayNote ? ` — ${m.delayNote}` : ''}
              {may && m.status !== 'done' ? (
                <MilestoneStatus
                  partnership={partnership}
                  milestone={m}
                  onChanged={(next, text) => {
                    setNotice(text);
                    onChanged(next);
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" className="notice-inline">
        {notice}
      </p>
      {may ? (
        <form noValidate onSubmit={handleSubmit(record)}>
          <ErrorSummary errors={errors} />
          {problem ? <ProblemMessage error={problem} /> : null}
          <TextField
            id="milestone-title"
            label={t('milestoneTitle')}
            required
            error={formState.errors.title?.message}
            {...register('title', { validate: (v) => (v.trim() ? true : t('errMilestoneTitle')) })}
          />
          <TextField id="milestone-due" type="date" label={t('milestoneDue')} {...register('dueOn')} />
          <Select id="milestone-status" label={t('milestoneStatus')} required {...register('status')}>
            <option value="planned">{t('planned')}</option>
            <option value="done">{t('done')}</option>
            <option value="delayed">{t('delayed')}</option>
          </Select>
          <div className="button-row">
            <button type="submit" className="button" disabled={formState.isSubmitting}>
              {t('recordMilestone')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
