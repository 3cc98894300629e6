import { useState, type ComponentProps } from 'react';
import { useForm, type RegisterOptions } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select, TextArea, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
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
  // Checked on submit; the messages stay until the next attempt.
  const { register, handleSubmit, formState } = useForm<Values>({
    defaultValues: initial(existing),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors: fieldErrors, isSubmitting, submitCount } = formState;
  const checked = useErrorList(fieldErrors, submitCount, [
    ['titleJa', 'call-titleJa'],
    ['titleEn', 'call-titleEn'],
    ['fiscalYear', 'call-fiscalYear'],
    ['opensAt', 'call-opensAt'],
    ['closesAt', 'call-closesAt'],
  ]);
  // The API's own validation errors, by its field names (`maxRequestedAmount`), until the next attempt.
  const [server, setServer] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const errors = checked.length > 0 ? checked : server;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === `call-${id}`)?.message;

  const attempt = () => {
    setSaved(false);
    setServer([]);
  };
  const send = async (values: Values) => {
    attempt();
    const body = {
      fiscalYear: Number(values.fiscalYear),
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
        setServer(Object.entries(fields).map(([field, message]) => ({ fieldId: `call-${field}`, message })));
      }
    }
  };

  /** The checks made before sending, by field (the first failing one speaks). */
  const rules: Partial<Record<TextName, RegisterOptions<Values, TextName>>> = {
    titleJa: { validate: (v) => (String(v).trim() ? true : t('errTitleJa')) },
    titleEn: { validate: (v) => (String(v).trim() ? true : t('errTitleEn')) },
    fiscalYear: {
      validate: (v) => {
        const year = Number(v);
        return Number.isInteger(year) && year >= 2000 && year <= 2100 ? true : t('errYear');
      },
    },
    opensAt: { validate: (v) => (v ? true : t('errOpens')) },
    closesAt: {
      validate: (v, all) => (!v ? t('errCloses') : all.opensAt && String(v) <= all.opensAt ? t('errOrder') : true),
    },
  };

  /** A text input wired to its value, its label and its error by name; `more` adds to or overrides that. */
  const field = (name: TextName, more: Partial<ComponentProps<typeof TextField>> = {}) => (
    <TextField id={`call-${name}`} label={t(name)} error={errorOf(name)} {...register(name, rules[name])} {...more} />
  );
  const dateField = (name: TextName, required = false) =>
    field(name, { type: 'datetime-local', hint: t('tokyoTime'), required });

  return (
    <form onSubmit={handleSubmit(send, attempt)} noValidate className="console-form">
      <ErrorSummary errors={errors} />
      {failure && errors.length === 0 ? <ProblemMessage error={failure} /> : null}
      {field('titleJa', { required: true })}
      {field('titleEn', { required: true })}
      {field('fiscalYear', { required: true, inputMode: 'numeric' })}
      <TextArea id="call-descriptionJa" label={t('descriptionJa')} rows={3} {...register('descriptionJa')} />
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
            <input id={`call-${name}`} type="checkbox" {...register(name)} />
            <label htmlFor={`call-${name}`}>{t(name)}</label>
          </div>
        ))}
        <Select id="call-conflictRule" label={t('conflictRule')} {...register('conflictRule')}>
          <option value="renormalize">{t('renormalize')}</option>
          <option value="substitute_mean">{t('substituteMean')}</option>
        </Select>
        <div className="console-grid">
          {field('threshold', { inputMode: 'numeric', error: undefined })}
          {field('spread', { inputMode: 'numeric', error: undefined })}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" id="call-submit" className="button" disabled={isSubmitting}>
          {existing ? t('save') : t('create')}
        </button>
        <p role="status" aria-live="polite">
          {saved ? t('saved') : ''}
        </p>
      </div>
    </form>
  );
}
