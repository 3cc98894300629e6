import { useState, type ComponentProps } from 'react';
import { useForm, type RegisterOptions } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select, TextArea, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { fromLocalInput, toLocalInput } from '../data';
import type { Call } from '../models';
import { PARTNERSHIP_FORMS } from '../../../partnership/partnership-models';
import { CallDateWarnings } from './call-date-warnings';
import { callFormTexts } from './call-form-texts';

const isWhole = (text: string) => /^[1-9]\d*$/.test(text.trim());

/** 「500000, 400000」 (commas, spaces or 、 between; full-width digits as typed on a Japanese keyboard) → numbers. */
function parseAmounts(text: string): number[] {
  return text
    .normalize('NFKC')
    .split(/[,、\s]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}

type Values = Record<
  | 'titleJa'
  | 'titleEn'
  | 'fiscalYear'
  | 'recruitmentYear'
  | 'partnershipForm'
  | 'ratioNumerator'
  | 'ratioDenominator'
  | 'yearlyCaps'
  | 'descriptionJa'
  | 'opensAt'
  | 'closesAt'
  | 'reviewDeadlineAt'
  | 'jointEvaluationAt'
  | 'publicationAt'
  | 'maxAmount'
  | 'conflictRule'
  | 'tieBreak'
  | 'threshold'
  | 'spread'
  | 'maxYears'
  | 'decimals',
  string
> & {
  holdNotices: boolean;
  preConsultation: boolean;
  consultation: boolean;
  provisional: boolean;
  continuation: boolean;
  onHundred: boolean;
};
/** The fields typed in an input, each with a label of its own name. */
type TextName = Exclude<
  keyof Values,
  | 'holdNotices'
  | 'preConsultation'
  | 'consultation'
  | 'provisional'
  | 'descriptionJa'
  | 'conflictRule'
  | 'tieBreak'
  | 'continuation'
  | 'maxYears'
  | 'decimals'
  | 'onHundred'
  | 'partnershipForm'
>;

/** 同点の場合の順位の決め方 the call may state (libs/review aggregation/tie-break.ts). */
type TieBreakRule = NonNullable<NonNullable<Call['evaluationSettings']>['tieBreak']>;
const TIE_BREAK_RULES: TieBreakRule[] = ['committee', 'rank_sum', 'majority', 'lower_amount'];

/** The decimals a published score may show, as "min-max": practice's 「小数第2位まで（必要な場合）」 first. */
const DECIMAL_CHOICES = ['0-2', '1-2', '2-2', '0-1', '1-1', '0-0'] as const;

/** 継続提案の上限年数 the console offers: the first year counts, so a continuation needs at least 2. */
const MAX_YEARS_CHOICES = [2, 3, 4, 5, 6, 7, 8, 9, 10];

function initial(existing?: Call): Values {
  const year = new Date().getFullYear();
  return {
    titleJa: existing?.titleJa ?? '',
    titleEn: existing?.titleEn ?? '',
    fiscalYear: String(existing?.fiscalYear ?? year),
    recruitmentYear: String(existing?.recruitmentFiscalYear ?? existing?.fiscalYear ?? year),
    partnershipForm: existing?.partnershipForm ?? '',
    ratioNumerator: existing?.subsidyRatioNumerator != null ? String(existing.subsidyRatioNumerator) : '',
    ratioDenominator: existing?.subsidyRatioDenominator != null ? String(existing.subsidyRatioDenominator) : '',
    yearlyCaps: (existing?.yearlyCaps ?? []).join(', '),
    descriptionJa: existing?.descriptionJa ?? '',
    opensAt: toLocalInput(existing?.submissionOpensAt),
    closesAt: toLocalInput(existing?.submissionClosesAt),
    reviewDeadlineAt: toLocalInput(existing?.reviewDeadlineAt),
    jointEvaluationAt: toLocalInput(existing?.jointEvaluationAt),
    publicationAt: toLocalInput(existing?.publicationAt),
    maxAmount: existing?.maxRequestedAmount != null ? String(existing.maxRequestedAmount) : '',
    conflictRule: existing?.evaluationSettings?.conflictRule ?? 'renormalize',
    tieBreak: existing?.evaluationSettings?.tieBreak ?? 'committee',
    threshold: String(existing?.evaluationSettings?.thresholdPercent ?? 60),
    spread: String(existing?.evaluationSettings?.disagreementSpread ?? 2),
    decimals: `${existing?.evaluationSettings?.scoreDecimals?.min ?? 0}-${existing?.evaluationSettings?.scoreDecimals?.max ?? 2}`,
    onHundred: existing?.evaluationSettings?.showOnHundred ?? false,
    holdNotices: existing?.holdDecisionNotices ?? false,
    preConsultation: existing?.preConsultation ?? false,
    consultation: existing?.consultationRequired ?? false,
    provisional: existing?.provisionalAdoption ?? false,
    continuation: existing?.continuationAllowed ?? false,
    maxYears: String(existing?.continuationMaxYears ?? 3),
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
  const [warnings, setWarnings] = useState(existing?.dateWarnings ?? []);
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
      recruitmentFiscalYear: Number(values.recruitmentYear),
      partnershipForm: (values.partnershipForm || null) as Call['partnershipForm'],
      subsidyRatioNumerator: values.ratioNumerator ? Number(values.ratioNumerator) : null,
      subsidyRatioDenominator: values.ratioDenominator ? Number(values.ratioDenominator) : null,
      yearlyCaps: parseAmounts(values.yearlyCaps),
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
      preConsultation: values.preConsultation,
      consultationRequired: values.consultation,
      provisionalAdoption: values.provisional,
      continuationAllowed: values.continuation,
      continuationMaxYears: Number(values.maxYears),
      evaluationSettings: {
        conflictRule: values.conflictRule as 'renormalize' | 'substitute_mean',
        tieBreak: values.tieBreak as TieBreakRule,
        thresholdPercent: Number(values.threshold),
        disagreementSpread: Number(values.spread),
        scoreDecimals: { min: Number(values.decimals.split('-')[0]), max: Number(values.decimals.split('-')[1]) },
        showOnHundred: values.onHundred,
      },
    };
    setFailure(undefined);
    try {
      const result = existing
        ? await call('PATCH /api/v1/calls/{id}', { path: { id: existing.id }, body, ifMatch: existing.version })
        : await call('POST /api/v1/calls', { body, idempotencyKey: newIdempotencyKey() });
      setSaved(true);
      setWarnings(result.dateWarnings);
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
    fiscalYear: {
      validate: (v) => {
        const year = Number(v);
        return Number.isInteger(year) && year >= 2000 && year <= 2100 ? true : t('errYear');
      },
    },
    recruitmentYear: {
      validate: (v, all) => {
        const year = Number(v);
        if (!Number.isInteger(year) || year < 2000 || year > 2100) return t('errYear');
        return year <= Number(all.fiscalYear) ? true : t('errRecruitmentYear');
      },
    },
    ratioNumerator: {
      validate: (v, all) =>
        !v && !all.ratioDenominator
          ? true
          : isWhole(String(v)) && isWhole(all.ratioDenominator) && Number(v) <= Number(all.ratioDenominator)
            ? true
            : t('errRatio'),
    },
    yearlyCaps: { validate: (v) => (parseAmounts(String(v)).every(Number.isFinite) ? true : t('errCaps')) },
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
      {field('titleEn', { hint: t('titleEnHint'), lang: 'en' })}
      <div className="console-grid">
        {field('fiscalYear', { required: true, inputMode: 'numeric' })}
        {field('recruitmentYear', {
          required: true,
          inputMode: 'numeric',
          hint: t('recruitmentYearHint'),
          error: errorOf('recruitmentYear') ?? errorOf('recruitmentFiscalYear'),
        })}
      </div>
      <TextArea id="call-descriptionJa" label={t('descriptionJa')} rows={3} {...register('descriptionJa')} />
      <div className="console-grid">
        {dateField('opensAt', true)}
        {dateField('closesAt', true)}
        {dateField('reviewDeadlineAt')}
        {dateField('jointEvaluationAt')}
        {dateField('publicationAt')}
      </div>
      <CallDateWarnings warnings={warnings} />
      <fieldset className="console-fieldset">
        <legend>{t('moneyLegend')}</legend>
        <Select id="call-partnershipForm" label={t('partnershipForm')} {...register('partnershipForm')}>
          <option value="">{t('formUnset')}</option>
          {PARTNERSHIP_FORMS.map((form) => (
            <option key={form} value={form}>
              {t(`form_${form}`)}
            </option>
          ))}
        </Select>
        <div className="console-grid">
          {field('maxAmount', { inputMode: 'numeric', error: errorOf('maxRequestedAmount') })}
          {field('ratioNumerator', { inputMode: 'numeric', hint: t('ratioHint') })}
          {field('ratioDenominator', { inputMode: 'numeric', error: errorOf('subsidyRatioDenominator') })}
          {field('yearlyCaps', { hint: t('yearlyCapsHint') })}
        </div>
      </fieldset>
      <fieldset className="console-fieldset">
        <legend>{t('evaluation')}</legend>
        {(['holdNotices', 'preConsultation', 'consultation', 'provisional'] as const).map((name) => (
          <div className="checkbox" key={name}>
            <input id={`call-${name}`} type="checkbox" {...register(name)} />
            <label htmlFor={`call-${name}`}>{t(name)}</label>
          </div>
        ))}
        <Select id="call-conflictRule" label={t('conflictRule')} {...register('conflictRule')}>
          <option value="renormalize">{t('renormalize')}</option>
          <option value="substitute_mean">{t('substituteMean')}</option>
        </Select>
        <Select id="call-tieBreak" label={t('tieBreak')} {...register('tieBreak')}>
          {TIE_BREAK_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`tieBreak_${rule}`)}
            </option>
          ))}
        </Select>
        <div className="console-grid">
          {field('threshold', { inputMode: 'numeric', error: undefined })}
          {field('spread', { inputMode: 'numeric', error: undefined })}
        </div>
        <Select id="call-decimals" label={t('decimals')} hint={t('decimalsHint')} {...register('decimals')}>
          {DECIMAL_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`decimals${choice.replace('-', '_')}` as `decimals${'0_2' | '1_2' | '2_2' | '0_1' | '1_1' | '0_0'}`)}
            </option>
          ))}
        </Select>
        <div className="checkbox">
          <input id="call-onHundred" type="checkbox" {...register('onHundred')} />
          <label htmlFor="call-onHundred">{t('onHundred')}</label>
        </div>
      </fieldset>
      <fieldset className="console-fieldset">
        <legend>{t('continuationLegend')}</legend>
        <div className="checkbox">
          <input id="call-continuation" type="checkbox" {...register('continuation')} />
          <label htmlFor="call-continuation">{t('continuation')}</label>
        </div>
        <Select id="call-maxYears" label={t('maxYears')} hint={t('maxYearsHint')} {...register('maxYears')}>
          {MAX_YEARS_CHOICES.map((years) => (
            <option key={years} value={String(years)}>
              {t('years', { years })}
            </option>
          ))}
        </Select>
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
