import { useRef, useState } from 'react';
import { ScoringMethodNote } from '../../ui/score-total';
import { useController, useForm, useWatch, type Control } from 'react-hook-form';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { Criterion } from '../../api/review-models';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { AutosaveIndicator, ErrorSummary, ProblemMessage } from '../../ui/components';
import { keys } from '../../queries/keys';
import { useInvalidate } from '../../queries/use-invalidate';
import { useAutosave } from '../../ui/use-autosave';
import { useErrorList } from '../../ui/use-error-list';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CriterionField, criterionLabel } from './criterion-field';
import type { MySheet } from './models';
import { reviewerTexts } from './texts';

/**
 * The form's values, so not from the document. The sheet as saved: a criterion not scored (or commented) yet has
 * no entry at all, so what is sent names only what the reviewer chose or typed.
 */
interface Draft {
  scores: Record<string, number | undefined>;
  comments: Record<string, string | undefined>;
}

/** One criterion of the form: its score and comment as react-hook-form fields, the score checked on submit. */
function SheetCriterion({
  criterion,
  control,
  disabled,
}: {
  criterion: Criterion;
  control: Control<Draft>;
  disabled: boolean;
}) {
  const t = useT(reviewerTexts);
  const { locale } = useLocale();
  const score = useController({
    control,
    name: `scores.${criterion.key}`,
    rules: {
      // Scored, and commented where the rubric asks for it: one message names the criterion either way.
      validate: (value, all) =>
        typeof value === 'number' && (!criterion.commentRequired || all.comments[criterion.key]?.trim())
          ? true
          : t('incomplete', { items: criterionLabel(criterion, locale) }),
    },
  });
  const comment = useController({ control, name: `comments.${criterion.key}` });
  return (
    <CriterionField
      criterion={criterion}
      score={score.field.value}
      comment={comment.field.value ?? ''}
      disabled={disabled}
      invalid={score.fieldState.invalid}
      onScore={score.field.onChange}
      onComment={comment.field.onChange}
    />
  );
}

/** The reviewer's score sheet: autosaved a moment after each change, submitted after a confirmation. */
export function SheetForm({ sheet }: { sheet: MySheet }) {
  const t = useT(reviewerTexts);
  const { locale } = useLocale();
  // Checked on submit; the messages stay until the next attempt.
  const { control, handleSubmit, formState } = useForm<Draft>({
    defaultValues: { scores: sheet.scores, comments: sheet.comments },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const draft = useWatch({ control }) as Draft;
  // Saved from the first change on, even when a change is undone (the sheet as loaded is already saved).
  const edited = useRef(false);
  if (formState.isDirty) edited.current = true;
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const invalidate = useInvalidate();
  const locked = sheet.submittedAt !== null || ['submitted', 'locked'].includes(sheet.assignment.status);
  const criteria = sheet.rubric.definition.criteria;
  const errors = useErrorList(
    formState.errors,
    formState.submitCount,
    criteria.map((c) => [`scores.${c.key}`, `criterion-${c.key}`] as const),
  );
  const id = sheet.assignment.id;
  const autosave = useAutosave(draft, edited.current && !locked, async (value) => {
    await call('PUT /api/v1/assignments/{id}/score-sheet', {
      path: { id },
      body: value as { scores: Record<string, number>; comments: Record<string, string> },
    });
  });
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
  const scoredCount = criteria.filter((c) => typeof draft.scores?.[c.key] === 'number').length;
  return (
    <form noValidate aria-labelledby="sheet-heading" onSubmit={handleSubmit(() => setConfirming(true))}>
      <h2 id="sheet-heading">{t('sheetHeading')}</h2>
      <p className="meta">{t('sheetLoadedOld', { version: sheet.rubric.version })}</p>
      <ScoringMethodNote scoring={sheet.rubric.definition.scoring} />
      {locked ? (
        <p className="notice notice-good" role="status">
          {t('submittedAt', { date: formatDate(sheet.submittedAt ?? new Date(), locale, true) })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      {failure ? <ProblemMessage error={failure} /> : null}
      {criteria.map((criterion) => (
        <SheetCriterion key={criterion.key} criterion={criterion} control={control} disabled={locked} />
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
