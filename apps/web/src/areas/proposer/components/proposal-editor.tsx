import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { AutosaveIndicator, ErrorSummary, ProblemMessage } from '../../../ui/components';
import { useAutosave } from '../../../ui/use-autosave';
import {
  fieldId,
  fromProposal,
  idOfApiField,
  stepOfField,
  STEPS,
  toContent,
  type FormState,
  type Step,
} from '../form-model';
import { formTexts } from '../form-texts';
import type { ActivityField, Call, Proposal } from '../models';
import { api } from '../proposer-api';
import { mapReasons } from '../return-reasons';
import { MISSING_LABELS, validate, type FieldErrors } from '../validation';
import { Attachments } from './attachments';
import { BudgetTable } from './budget-table';
import { FormContext, type FormContextValue } from './form-context';
import { KpiTable } from './kpi-table';
import { ProposalParts } from './proposal-parts';
import { ReturnedBanner } from './returned-banner';
import { RolesTable } from './roles-table';
import { ContentSection, OverviewSection } from './sections';
import { StepButtons, StepNav, STEP_LABEL } from './step-nav';
import { SubmitStep } from './submit-step';

/** The guided form of a draft or a returned proposal: steps, autosave with If-Match, checks, submission. */
export function ProposalEditor({
  proposal,
  call,
  fields,
  onSubmitted,
}: {
  proposal: Proposal;
  call: Call | null;
  fields: ActivityField[];
  onSubmitted(next: Proposal): void;
}) {
  const t = useT(formTexts);
  // The values live in react-hook-form; the checks below are the form's own (validation.ts), run on every change
  // because format errors show at once while missing ones wait for the field to be left or the submit step.
  const methods = useForm<FormState>({ defaultValues: fromProposal(proposal) });
  const { control, reset, formState } = methods;
  const state = useWatch({ control }) as FormState;
  const [base, setBase] = useState(proposal.content);
  const version = useRef(proposal.version);
  // Autosaved from the first change on (even one undone later), until a reload puts the server's copy back.
  const edited = useRef(false);
  if (formState.isDirty) edited.current = true;
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [server, setServer] = useState<FieldErrors>({});
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<Step>('overview');
  const [summary, setSummary] = useState<Array<{ fieldId: string; message: string }>>([]);
  const returned = proposal.state.includes('revisionRequested');
  const reasons = useMemo(() => mapReasons(proposal.returns.at(-1)?.reason ?? ''), [proposal.returns]);

  const { format, missing } = useMemo(() => validate(state, t, call), [state, t, call]);
  const canSave = Object.keys(format).length === 0;

  const reload = useCallback(async () => {
    const fresh = await api.proposal(proposal.id);
    version.current = fresh.version;
    setBase(fresh.content);
    reset(fromProposal(fresh));
    edited.current = false;
    setNotice(t('conflict'));
  }, [proposal.id, reset, t]);

  const save = useCallback(
    async (value: FormState) => {
      try {
        const saved = await api.save(
          proposal.id,
          version.current,
          value.title.trim() ? value.title : undefined,
          toContent(value, base),
        );
        version.current = saved.version;
        setServer({});
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) return reload();
        if (error instanceof ApiError && error.status === 400) setServer(serverErrors(error, t));
        throw error;
      }
    },
    [proposal.id, base, reload, t],
  );
  const autosave = useAutosave(state, edited.current && canSave, save);
  // The conflict notice stays until the next change (a reload leaves the form clean).
  const { isDirty } = formState;
  useEffect(() => {
    if (isDirty) setNotice('');
  }, [isDirty]);

  const form: FormContextValue = {
    readOnly: false,
    errorFor: (id) => format[id] ?? server[id] ?? (showAll || touched.has(id) ? missing[id] : undefined),
    touch: (id) => setTouched((current) => (current.has(id) ? current : new Set(current).add(id))),
    reasonsFor: (id) => reasons.byField[id] ?? [],
  };

  const allErrors = () =>
    Object.entries({ ...missing, ...server, ...format }).map(([id, message]) => ({ fieldId: id, message }));

  const go = (next: Step) => {
    setStep(next);
    if (next === 'submit') {
      setShowAll(true);
      setSummary(allErrors());
    }
  };

  // The error summary links to #p-…: open the step that holds the field, then put the focus on it.
  useEffect(() => {
    const follow = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id === fieldId('attachments') ? 'attachments' : stepOfField(id);
      if (!target) return;
      setStep(target);
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      requestAnimationFrame(() => document.getElementById(id)?.focus());
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const submit = async () => {
    setProblem(undefined);
    setShowAll(true);
    const errors = allErrors();
    setSummary(errors);
    if (errors.length > 0) return;
    setBusy(true);
    try {
      await autosave.flush();
      const next = await api.event(proposal.id, version.current, { type: returned ? 'RESUBMIT' : 'SUBMIT' });
      onSubmitted(next);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) await reload();
      const missingFields = (error.problem.missingFields as string[] | undefined) ?? [];
      if (missingFields.length > 0) {
        const mapped = Object.fromEntries(
          missingFields
            .filter((name) => MISSING_LABELS[name])
            .map((name) => [MISSING_LABELS[name].id, t('errServerMissing', { field: t(MISSING_LABELS[name].label) })]),
        );
        setServer(mapped);
        setSummary(Object.entries(mapped).map(([id, message]) => ({ fieldId: id, message })));
      } else setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const flagged = new Set(
    Object.keys(showAll ? { ...missing, ...format, ...server } : { ...format, ...server })
      .map((id) => stepOfField(id))
      .filter((s): s is Step => !!s),
  );
  const index = STEPS.indexOf(step);

  return (
    <FormProvider {...methods}>
      <FormContext.Provider value={form}>
        {returned ? <ReturnedBanner proposal={proposal} general={reasons.general} byField={reasons.byField} /> : null}
        {notice ? (
          <p className="notice notice-warn" role="alert">
            {notice}
          </p>
        ) : null}
        <AutosaveIndicator status={autosave} />
        <StepNav step={step} onStep={go} flagged={flagged} />
        <form className="proposal-form" noValidate onSubmit={(event) => event.preventDefault()}>
          <h2 id="step-heading">
            <span className="meta">{t('stepOf', { n: index + 1, total: STEPS.length })} </span>
            {t(STEP_LABEL[step])}
          </h2>
          {step === 'submit' ? <ErrorSummary errors={summary} /> : null}
          {step === 'overview' ? <OverviewSection fields={fields} /> : null}
          {step === 'content' ? <ContentSection maxAmount={call?.maxRequestedAmount ?? null} /> : null}
          {step === 'roles' ? <RolesTable /> : null}
          {step === 'budget' ? <BudgetTable /> : null}
          {step === 'kpis' ? <KpiTable /> : null}
          {step === 'attachments' ? (
            <Attachments proposalId={proposal.id} editable reasons={reasons.byField[fieldId('attachments')]} />
          ) : null}
          {step === 'submit' ? (
            // Everything that will be sent, read-only, so it is seen once whole before it is submitted.
            <FormContext.Provider value={SUMMARY}>
              <div className="submit-summary">
                <p>{t('summaryIntro')}</p>
                <ProposalParts proposalId={proposal.id} call={call} fields={fields} idPrefix="summary" level="h3" />
              </div>
            </FormContext.Provider>
          ) : null}
          {step === 'submit' ? (
            <SubmitStep
              call={call}
              resubmit={returned}
              complete={summary.length === 0}
              busy={busy}
              onSubmit={() => void submit()}
            />
          ) : null}
          {problem ? <ProblemMessage error={problem} /> : null}
          <StepButtons step={step} onStep={go} />
        </form>
      </FormContext.Provider>
    </FormProvider>
  );
}

/** The submit step's look back: the parts shown as they will be sent, nothing editable and no messages. */
const SUMMARY: FormContextValue = {
  readOnly: true,
  errorFor: () => undefined,
  touch: () => undefined,
  reasonsFor: () => [],
};

function serverErrors(error: ApiError, t: ReturnType<typeof useT<keyof (typeof formTexts)['ja']>>): FieldErrors {
  const result: FieldErrors = {};
  for (const field of Object.keys(error.fieldErrors())) {
    const id = idOfApiField(field);
    result[id] = t('errInvalid', { field: document.querySelector(`label[for="${id}"]`)?.textContent ?? field });
  }
  return result;
}
