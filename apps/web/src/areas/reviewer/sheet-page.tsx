import { useState } from 'react';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { Link } from 'react-router';
import { Async, AutosaveIndicator, ErrorSummary, PageTitle, ProblemMessage, StatusBadge } from '../../ui/components';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { useInvalidate } from '../../queries/use-invalidate';
import { useAutosave } from '../../ui/use-autosave';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ConflictForm } from './conflict-form';
import { CriterionField, criterionLabel } from './criterion-field';
import type { MySheet } from './models';
import { OthersScores } from './others-scores';
import { ProposalPanel } from './proposal-panel';
import { reviewerTexts } from './texts';

interface Draft {
  scores: Record<string, number>;
  comments: Record<string, string>;
}

function SheetForm({ sheet }: { sheet: MySheet }) {
  const t = useT(reviewerTexts);
  const { locale } = useLocale();
  const [draft, setDraft] = useState<Draft>({ scores: sheet.scores, comments: sheet.comments });
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const invalidate = useInvalidate();
  const locked = sheet.submittedAt !== null || ['submitted', 'locked'].includes(sheet.assignment.status);
  const criteria = sheet.rubric.definition.criteria;
  const id = sheet.assignment.id;
  const autosave = useAutosave(draft, dirty && !locked, async (value) => {
    await call('PUT /api/v1/assignments/{id}/score-sheet', { path: { id }, body: value });
  });
  const edit = (next: (current: Draft) => Draft) => {
    setDraft(next);
    setDirty(true);
  };
  const missing = criteria.filter(
    (c) => typeof draft.scores[c.key] !== 'number' || (c.commentRequired && !draft.comments[c.key]?.trim()),
  );
  const submit = async () => {
    setConfirming(false);
    try {
      await autosave.flush();
      await call('POST /api/v1/assignments/{id}/score-sheet/submit', { path: { id } });
      // The sheet (now locked), the queue and, once scored, the others' scores.
      await invalidate(
        keys.assignments.sheet(id),
        keys.me.assignments(),
        keys.proposals.scores(sheet.assignment.proposalId),
      );
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };
  const scoredCount = criteria.filter((c) => typeof draft.scores[c.key] === 'number').length;
  return (
    <form
      noValidate
      aria-labelledby="sheet-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const next = missing.map((c) => ({
          fieldId: `criterion-${c.key}`,
          message: t('incomplete', { items: criterionLabel(c, locale) }),
        }));
        setErrors(next);
        if (next.length === 0) setConfirming(true);
      }}
    >
      <h2 id="sheet-heading">{t('sheetHeading')}</h2>
      <p className="meta">{t('sheetLoadedOld', { version: sheet.rubric.version })}</p>
      {locked ? (
        <p className="notice notice-good" role="status">
          {t('submittedAt', { date: formatDate(sheet.submittedAt ?? new Date(), locale, true) })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      {failure ? <ProblemMessage error={failure} /> : null}
      {criteria.map((criterion) => (
        <CriterionField
          key={criterion.key}
          criterion={criterion}
          score={draft.scores[criterion.key]}
          comment={draft.comments[criterion.key] ?? ''}
          disabled={locked}
          invalid={errors.some((e) => e.fieldId === `criterion-${criterion.key}`)}
          onScore={(value) => edit((d) => ({ ...d, scores: { ...d.scores, [criterion.key]: value } }))}
          onComment={(value) => edit((d) => ({ ...d, comments: { ...d.comments, [criterion.key]: value } }))}
        />
      ))}
      {!locked ? (
        <div className="sheet-actions">
          <p aria-live="polite">{t('scored', { done: scoredCount, total: criteria.length })}</p>
          <AutosaveIndicator status={autosave} />
          <button type="submit" className="button">
            {t('submit')}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('submitConfirmTitle')}
        confirmLabel={t('submitConfirm')}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('submitConfirmBody')}</p>
      </ConfirmDialog>
    </form>
  );
}

/** /review/assignments/:id: the proposal beside the score sheet; others' scores after submitting. */
export function SheetPage({ id }: { id: string }) {
  const t = useT(reviewerTexts);
  const sheet = useApiQuery(keys.assignments.sheet(id), (signal) =>
    call('GET /api/v1/assignments/{id}/score-sheet', { path: { id }, signal }),
  );
  const [declared, setDeclared] = useState(false);
  if (declared) {
    return (
      <section>
        <PageTitle>{t('conflictHeading')}</PageTitle>
        <p className="notice notice-good" role="status">
          {t('conflictDone')}
        </p>
        <Link to="/review">{t('backToQueue')}</Link>
      </section>
    );
  }
  return (
    <Async state={sheet}>
      {(data) => {
        const submitted = data.submittedAt !== null || ['submitted', 'locked'].includes(data.assignment.status);
        return (
          <section>
            <p>
              <Link to="/review">{t('backToQueue')}</Link>
            </p>
            <PageTitle>{t('sheetTitle', { title: data.assignment.title })}</PageTitle>
            <p className="meta">
              {t(`stage_${data.assignment.stage}`)} ·{' '}
              <StatusBadge tone={submitted ? 'good' : 'info'}>{t(`status_${data.assignment.status}`)}</StatusBadge>
            </p>
            <div className="split review-split">
              <ProposalPanel proposalId={data.assignment.proposalId} />
              <div>
                <SheetForm key={data.submittedAt ?? 'open'} sheet={data} />
                {submitted ? (
                  <p className="notice notice-good" role="status">
                    {t('submitted')}
                  </p>
                ) : null}
                <OthersScores
                  proposalId={data.assignment.proposalId}
                  stage={data.assignment.stage}
                  criteria={data.rubric.definition.criteria}
                  submitted={submitted}
                />
                {!submitted ? <ConflictForm assignmentId={id} onDeclared={() => setDeclared(true)} /> : null}
              </div>
            </div>
          </section>
        );
      }}
    </Async>
  );
}
