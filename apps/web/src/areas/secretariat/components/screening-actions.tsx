import { useRef, useState } from 'react';
import { type Path, useFieldArray, useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { defineMessages, useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextArea } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import type { Proposal } from '../models';
import { ConfirmDialog } from './confirm-dialog';
import { OtherActions } from './other-actions';
import { CONTENT_FIELDS, contentTexts, type ContentField } from './proposal-content';

const texts = defineMessages({
  ja: {
    heading: '形式審査',
    accept: '受理する',
    return: '修正を依頼する',
    reject: '対象外とする',
    publish: '審査結果を公表する',
    reviewComplete: '審査を締め切り、合同評価へ進める',
    reviewCompleteConfirm: '審査を締め切りますか？',
    reviewCompleteBody: '提出された採点票で集計し、合同評価会議で審議できるようになります。',
    acceptConfirm: 'この提案を受理しますか？',
    acceptBody: '提案者に形式審査の通過が通知されます。',
    returnConfirm: '修正を依頼しますか？',
    rejectConfirm: '対象外として終了しますか？',
    rejectBody: 'この操作は取り消せません。提案者に理由が通知されます。',
    publishConfirm: '審査結果を公表しますか？',
    publishBody: '公開ページに掲載されます。',
    fieldsLegend: '修正が必要な項目（項目ごとに理由を書けます）',
    fieldReason: '{field}の修正内容',
    generalReason: '全体への補足',
    rejectReason: '対象外とする理由',
    errReason: '理由を入力してください',
    errSections: '修正が必要な項目を選び、その理由を入力してください',
    errFieldReason: '{field}の修正内容を入力してください',
    moved: '操作しました。現在の状態：{state}',
  },
  en: {
    heading: 'Screening',
    accept: 'Accept',
    return: 'Return for correction',
    reject: 'Reject as ineligible',
    publish: 'Publish the decision',
    reviewComplete: 'Close the review and move to joint evaluation',
    reviewCompleteConfirm: 'Close the review?',
    reviewCompleteBody:
      'The submitted score sheets are aggregated and the proposal can be discussed in a joint evaluation session.',
    acceptConfirm: 'Accept this proposal?',
    acceptBody: 'The proposer is told it passed the screening.',
    returnConfirm: 'Return the proposal for correction?',
    rejectConfirm: 'Close the proposal as ineligible?',
    rejectBody: 'This cannot be undone. The proposer is told the reason.',
    publishConfirm: 'Publish the decision?',
    publishBody: 'It appears on the public pages.',
    fieldsLegend: 'Sections to correct (a reason for each)',
    fieldReason: 'What to correct in {field}',
    generalReason: 'General remarks',
    rejectReason: 'Why it is ineligible',
    errReason: 'Enter a reason',
    errSections: 'Tick a section to correct and say what to correct',
    errFieldReason: 'Say what to correct in {field}',
    moved: 'Done. Current state: {state}',
  },
});

type Action = 'ACCEPT' | 'RETURN' | 'REJECT_INELIGIBLE' | 'REVIEW_COMPLETE' | 'PUBLISH';
const ACTIONS: Action[] = ['ACCEPT', 'RETURN', 'REJECT_INELIGIBLE', 'REVIEW_COMPLETE', 'PUBLISH'];

interface ScreeningValues {
  /** The sections ticked for correction, each with what to correct. */
  fields: Array<{ field: ContentField; text: string }>;
  general: string;
  rejectReason: string;
}

/** Accept / return with reasons per section / reject as ineligible / publish — each after a confirmation. */
export function ScreeningActions({ proposal, onMoved }: { proposal: Proposal; onMoved(next: Proposal): void }) {
  const t = useT(texts);
  const tf = useT(contentTexts);
  const [open, setOpen] = useState<Action | null>(null);
  // The action whose button was pressed: each checks only its own reason.
  const attempt = useRef<Action | null>(null);
  const { control, register, handleSubmit, getValues, formState } = useForm<ScreeningValues>({
    defaultValues: { fields: [], general: '', rejectReason: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  // The sections to correct, in the order they were ticked (the reason lists them so).
  // A return needs a reason: a ticked section (each with its own reason) or the general remark. The remark is
  // optional, so the message for "nothing said" sits on the sections, never under the remark.
  const fields = useFieldArray({
    control,
    name: 'fields',
    keyName: 'rowId',
    rules: {
      validate: (rows) =>
        attempt.current === 'RETURN' && rows.length === 0 && !getValues('general').trim() ? t('errSections') : true,
    },
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [
    // The field array's own rule reports at `fields.root`, a path react-hook-form's Path type does not name.
    ['fields.root' as Path<ScreeningValues>, 'return-fields'],
    ...fields.fields.map((row, i): [Path<ScreeningValues>, string] => [
      `fields.${i}.text`,
      `return-reason-${row.field}`,
    ]),
    ['rejectReason', 'reject-reason'],
  ]);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const allowed = ACTIONS.filter((a) => proposal.allowedEvents.includes(a));

  const returnReason = (sections: ScreeningValues['fields'], remarks: string) =>
    [...sections.map(({ field, text }) => `【${tf(field)}】${text}`), remarks.trim()].filter(Boolean).join('\n');

  const start = (action: Action) => {
    setFailure(undefined);
    attempt.current = action;
    void handleSubmit(() => setOpen(action))();
  };

  const send = async () => {
    if (!open) return;
    setBusy(true);
    const values = getValues();
    const reason =
      open === 'RETURN'
        ? returnReason(values.fields, values.general)
        : open === 'REJECT_INELIGIBLE'
          ? values.rejectReason.trim()
          : undefined;
    try {
      const next = await call('POST /api/v1/proposals/{id}/events', {
        path: { id: proposal.id },
        body: { type: open, ...(reason ? { reason } : {}) },
        ifMatch: proposal.version,
        idempotencyKey: newIdempotencyKey(),
      });
      setOpen(null);
      onMoved(next);
    } catch (error) {
      setOpen(null);
      if (error instanceof ApiError) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (allowed.length === 0) return <OtherActions proposal={proposal} />;
  const label = {
    ACCEPT: 'accept',
    RETURN: 'return',
    REJECT_INELIGIBLE: 'reject',
    REVIEW_COMPLETE: 'reviewComplete',
    PUBLISH: 'publish',
  } as const;
  const confirmTitle = {
    ACCEPT: 'acceptConfirm',
    RETURN: 'returnConfirm',
    REJECT_INELIGIBLE: 'rejectConfirm',
    REVIEW_COMPLETE: 'reviewCompleteConfirm',
    PUBLISH: 'publishConfirm',
  } as const;
  return (
    <section className="console-panel" aria-labelledby="screening-heading">
      <h2 id="screening-heading">{t('heading')}</h2>
      <ErrorSummary errors={errors} />
      {failure ? <ProblemMessage error={failure} /> : null}
      {allowed.includes('RETURN') ? (
        <fieldset className="console-fieldset" id="return-fields" tabIndex={-1}>
          <legend>{t('fieldsLegend')}</legend>
          {formState.errors.fields?.root?.message ? (
            <p id="return-fields-error" className="field-error">
              {formState.errors.fields.root.message}
            </p>
          ) : null}
          {CONTENT_FIELDS.map((field) => {
            const index = fields.fields.findIndex((row) => row.field === field);
            return (
              <div key={field}>
                <div className="checkbox">
                  <input
                    id={`return-field-${field}`}
                    type="checkbox"
                    checked={index >= 0}
                    onChange={(e) => (e.target.checked ? fields.append({ field, text: '' }) : fields.remove(index))}
                  />
                  <label htmlFor={`return-field-${field}`}>{tf(field)}</label>
                </div>
                {index >= 0 ? (
                  <TextArea
                    id={`return-reason-${field}`}
                    rows={2}
                    label={t('fieldReason', { field: tf(field) })}
                    required
                    error={formState.errors.fields?.[index]?.text?.message}
                    {...register(`fields.${index}.text`, {
                      validate: (text) =>
                        attempt.current === 'RETURN' && !text.trim() ? t('errFieldReason', { field: tf(field) }) : true,
                    })}
                  />
                ) : null}
              </div>
            );
          })}
          <TextArea id="return-general" rows={3} label={t('generalReason')} {...register('general')} />
        </fieldset>
      ) : null}
      {allowed.includes('REJECT_INELIGIBLE') ? (
        <TextArea
          id="reject-reason"
          rows={2}
          label={t('rejectReason')}
          error={formState.errors.rejectReason?.message}
          {...register('rejectReason', {
            validate: (reason) => (attempt.current === 'REJECT_INELIGIBLE' && !reason.trim() ? t('errReason') : true),
          })}
        />
      ) : null}
      <div className="button-row">
        {allowed.map((action) => (
          <button
            key={action}
            type="button"
            className={
              action === 'REJECT_INELIGIBLE'
                ? 'button button-danger'
                : action === 'RETURN'
                  ? 'button button-secondary'
                  : 'button'
            }
            data-event={action}
            onClick={() => start(action)}
          >
            {t(label[action])}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={open !== null}
        title={open ? t(confirmTitle[open]) : ''}
        danger={open === 'REJECT_INELIGIBLE'}
        busy={busy}
        confirmLabel={open ? t(label[open]) : undefined}
        onConfirm={send}
        onCancel={() => setOpen(null)}
      >
        {open === 'ACCEPT' ? <p>{t('acceptBody')}</p> : null}
        {open === 'RETURN' ? (
          <p className="preserve-lines">{returnReason(getValues('fields'), getValues('general'))}</p>
        ) : null}
        {open === 'REJECT_INELIGIBLE' ? <p>{t('rejectBody')}</p> : null}
        {open === 'REVIEW_COMPLETE' ? <p>{t('reviewCompleteBody')}</p> : null}
        {open === 'PUBLISH' ? <p>{t('publishBody')}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
