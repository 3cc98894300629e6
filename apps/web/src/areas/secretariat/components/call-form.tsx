import { useState, type ComponentProps, type FormEvent } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select, TextArea, TextField } from '../../../ui/components';
import { fromLocalInput, toLocalInput } from '../data';
import type { Call } from '../models';
import { callFormTexts } from './call-form-texts';

type Values = Record<
  | 'titleJa'
  | 'titleEn'
  | 'fiscalYear'
  | 'descriptionJa'
  | 'opensAt'
  | 'closesAt'
  | 'reviewDeadlineAt'
  | 'jointEvaluationAt'
  | 'publicationAt'
  | 'maxAmount'
  | 'conflictRule'
  | 'threshold'
  | 'spread',
  string
> & { holdNotices: boolean; consultation: boolean; provisional: boolean };
/** The fields typed in an input, each with a label of its own name. */
type TextName = Exclude<
  keyof Values,
  'holdNotices' | 'consultation' | 'provisional' | 'descriptionJa' | 'conflictRule'
>;

function initial(existing?: Call): Values {
  const year = new Date().getFullYear();
  return {
    titleJa: existing?.titleJa ?? '',
    titleEn: existing?.titleEn ?? '',
    fiscalYear: String(existing?.fiscalYear ?? year),
    descriptionJa: existing?.descriptionJa ?? '',
    opensAt: toLocalInput(existing?.submissionOpensAt),
    closesAt: toLocalInput(existing?.submissionClosesAt),
    reviewDeadlineAt: toLocalInput(existing?.reviewDeadlineAt),
    jointEvaluationAt: toLocalInput(existing?.jointEvaluationAt),
    publicationAt: toLocalInput(existing?.publicationAt),
    maxAmount: existing?.maxRequestedAmount != null ? String(existing.maxRequestedAmount) : '',
    conflictRule: existing?.evaluationSettings?.conflictRule ?? 'renormalize',
    threshold: String(existing?.evaluationSettings?.thresholdPercent ?? 60),
    spread: String(existing?.evaluationSettings?.disagreementSpread ?? 2),
    holdNotices: existing?.holdDecisionNotices ?? false,
    consultation: existing?.consultationRequired ?? false,
    provisional: existing?.provisionalAdoption ?? false,
  };
}

/** Create (no `existing`) or edit a call; answers the saved call. */
export function CallForm({ existing, onSaved }: { existing?: Call; onSaved(saved: Call): void }) {
  const t = useT(callFormTexts);
  const [values, setValues] = useState<Values>(() => initial(existing));
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = (name: keyof Values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));
  const check = (name: 'holdNotices' | 'consultation' | 'provisional') => (event: { target: { checked: boolean } }) =>
    setValues((v) => ({ ...v, [name]: event.target.checked }));
  const errorOf = (id: string) => errors.find((e) => e.fieldId === `call-${id}`)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Array<{ fieldId: string; message: string }> = [];
    const year = Number(values.fiscalYear);
    if (!values.titleJa.trim()) found.push({ fieldId: 'call-titleJa', message: t('errTitleJa') });
    if (!values.titleEn.trim()) found.push({ fieldId: 'call-titleEn', message: t('errTitleEn') });
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      found.push({ fieldId: 'call-fiscalYear', message: t('errYear') });
    if (!values.opensAt) found.push({ fieldId: 'call-opensAt', message: t('errOpens') });
    if (!values.closesAt) found.push({ fieldId: 'call-closesAt', message: t('errCloses') });
    else if (values.opensAt && values.closesAt <= values.opensAt)
      found.push({ fieldId: 'call-closesAt', message: t('errOrder') });
    setErrors(found);
    setSaved(false);
    if (found.length > 0) return;
    const body = {
      fiscalYear: year,
      titleJa: values.titleJa.trim(),
      titleEn: values.titleEn.trim(),
      descriptionJa: values.descriptionJa,
      submissionOpensAt: fromLocalInput(values.opensAt)!,
      submissionClosesAt: fromLocalInput(values.closesAt)!,
      // An emptied optional date or maximum is sent as null, which clears it (omitting it would keep the old one).
      reviewDeadlineAt: fromLocalInput(values.reviewDeadlineAt) ?? null,
      jointEvaluationAt: fromLocalInput(values.jointEvaluationAt) ?? null,
      publicationAt: fromLocalInput(values.publicationAt) ?? null,
      maxRequestedAmount: values.maxAmount ? Number(values.maxAmount) : null,
      holdDecisionNotices: values.holdNotices,
      consultationRequired: values.consultation,
      provisionalAdoption: values.provisional,
      evaluationSettings: {
        conflictRule: values.conflictRule as 'renormalize' | 'substitute_mean',
        thresholdPercent: Number(values.threshold),
        disagreementSpread: Number(values.spread),
      },
    };
    setBusy(true);
    setFailure(undefined);
    try {
      const result = existing
        ? await call('PATCH /api/v1/calls/{id}', { path: { id: existing.id }, body, ifMatch: existing.version })
        : await call('POST /api/v1/calls', { body, idempotencyKey: newIdempotencyKey() });
      setSaved(true);
      onSaved(result);
    } catch (error) {
      if (error instanceof ApiError) {
        setFailure(error);
        const fields = error.fieldErrors();
        setErrors(Object.entries(fields).map(([field, message]) => ({ fieldId: `call-${field}`, message })));
      }
    } finally {
      setBusy(false);
    }
  };

  /** A text input wired to its value, its label and its error by name; `more` adds to or overrides that. */
  const field = (name: TextName, more: Partial<ComponentProps<typeof TextField>> = {}) => (
    <TextField
      id={`call-${name}`}
      label={t(name)}
      value={values[name]}
      onChange={set(name)}
      error={errorOf(name)}
      {...more}
    />
  );
  const dateField = (name: TextName, required = false) =>
    field(name, { type: 'datetime-local', hint: t('tokyoTime'), required });

  return (
    <form onSubmit={submit} noValidate className="console-form">
      <ErrorSummary errors={errors} />
      {failure && errors.length === 0 ? <ProblemMessage error={failure} /> : null}
      {field('titleJa', { required: true })}
      {field('titleEn', { required: true })}
      {field('fiscalYear', { required: true, inputMode: 'numeric' })}
      <TextArea
        id="call-descriptionJa"
        label={t('descriptionJa')}
        rows={3}
        value={values.descriptionJa}
        onChange={set('descriptionJa')}
      />
      <div className="console-grid">
        {dateField('opensAt', true)}
        {dateField('closesAt', true)}
        {dateField('reviewDeadlineAt')}
        {dateField('jointEvaluationAt')}
        {dateField('publicationAt')}
        {field('maxAmount', { inputMode: 'numeric', error: errorOf('maxRequestedAmount') })}
      </div>
      <fieldset className="console-fieldset">
        <legend>{t('evaluation')}</legend>
        {(['holdNotices', 'consultation', 'provisional'] as const).map((name) => (
          <div className="checkbox" key={name}>
            <input id={`call-${name}`} type="checkbox" checked={values[name]} onChange={check(name)} />
            <label htmlFor={`call-${name}`}>{t(name)}</label>
          </div>
        ))}
        <Select
          id="call-conflictRule"
          label={t('conflictRule')}
          value={values.conflictRule}
          onChange={set('conflictRule')}
        >
          <option value="renormalize">{t('renormalize')}</option>
          <option value="substitute_mean">{t('substituteMean')}</option>
        </Select>
        <div className="console-grid">
          {field('threshold', { inputMode: 'numeric', error: undefined })}
          {field('spread', { inputMode: 'numeric', error: undefined })}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" id="call-submit" className="button" disabled={busy}>
          {existing ? t('save') : t('create')}
        </button>
        <p role="status" aria-live="polite">
          {saved ? t('saved') : ''}
        </p>
      </div>
    </form>
  );
}
