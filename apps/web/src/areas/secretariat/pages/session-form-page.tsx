import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, ErrorSummary, PageTitle, ProblemMessage, Select, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useErrorList } from '../../../ui/use-error-list';
import { CallNav } from '../components/console-nav';
import { StateBadge } from '../components/state-badge';
import { allProposals, callTitle, fromLocalInput } from '../data';
import { STAGES, type Session, type Stage } from '../models';
import { consoleTexts } from '../texts';
import { sessionTexts } from './session-texts';

const COMMITTEE_KEY = 'kyodo.console.committeeId';
const NUMBERS = ['quorum', 'presentation', 'questions'] as const;
type NumberName = (typeof NUMBERS)[number];
const AGENDA_STATES = /^(review|jointEvaluation|projectEvaluation)/;
const stageLabel = {
  document: 'stageDocument',
  presentation: 'stagePresentation',
  project_end: 'stageProject_end',
} as const;

/** The stages with at least one submitted score sheet, from the call's results (none known: an empty list). */
function scoredStagesOf(results: { stages: Partial<Record<Stage, { results: unknown[] }>> } | null): Stage[] {
  if (!results) return [];
  return STAGES.filter((stage) => (results.stages[stage]?.results.length ?? 0) > 0);
}

/** The latest selection stage with sheets in; 書類審査 when none has any (a presentation comes after it). */
function preferredStage(scored: Stage[]): Stage {
  if (scored.includes('presentation')) return 'presentation';
  return 'document';
}

interface SessionValues extends Record<'startsAt' | 'place' | NumberName, string> {
  committeeId: string;
  stage: Stage;
  /** The agenda: the chosen proposals in the order they were ticked. */
  chosen: string[];
}

export function SessionFormPage({ callId }: { callId: string }) {
  const t = useT(sessionTexts);
  const tc = useT(consoleTexts);
  const { locale } = useLocale();
  const data = useApiQuery(keys.calls.sessionForm(callId), async (signal) => {
    const [current, proposals, committees, results] = await Promise.all([
      call('GET /api/v1/calls/{id}', { path: { id: callId }, signal }),
      allProposals(signal, callId),
      call('GET /api/v1/committees', { signal }),
      // Which stages have sheets in: the form starts on the one the meeting can deliberate on.
      call('GET /api/v1/calls/{id}/results', { path: { id: callId }, signal }).catch(() => null),
    ]);
    return {
      current,
      proposals: proposals.filter((p) => AGENDA_STATES.test(p.state)),
      committees,
      scoredStages: scoredStagesOf(results),
    };
  });
  // Checked on submit; the messages stay until the next attempt.
  const { control, register, handleSubmit, formState, setValue, watch } = useForm<SessionValues>({
    defaultValues: {
      committeeId: localStorage.getItem(COMMITTEE_KEY) ?? '',
      stage: 'document',
      startsAt: '',
      place: '',
      quorum: '2',
      presentation: '7',
      questions: '8',
      chosen: [],
    },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [
    ['committeeId', 'session-committee'],
    ['startsAt', 'session-startsAt'],
    ['place', 'session-place'],
    ['quorum', 'session-quorum'],
    ['presentation', 'session-presentation'],
    ['questions', 'session-questions'],
    ['chosen', 'session-agenda'],
  ]);
  const [failure, setFailure] = useState<ApiError>();
  const [created, setCreated] = useState<Session>();
  const scoredStages = data.data?.scoredStages;
  // Once the sheets are known, start on the latest stage that has some (unless the secretariat chose already).
  useEffect(() => {
    if (scoredStages && !formState.dirtyFields.stage) setValue('stage', preferredStage(scoredStages));
  }, [scoredStages, formState.dirtyFields.stage, setValue]);
  const chosenStage = watch('stage');
  // The remembered committee only while it is still one of the municipality's.
  const known = (id: string) => (data.data?.committees.some((c) => c.id === id) ? id : '');
  const rules: Record<'startsAt' | 'place' | NumberName, (value: string) => true | string> = {
    startsAt: (value) => (value ? true : t('errStartsAt')),
    place: (value) => (value.trim() ? true : t('errPlace')),
    quorum: (value) => (Number(value) >= 1 ? true : t('errNumber')),
    presentation: (value) => (Number(value) >= 1 ? true : t('errNumber')),
    questions: (value) => (Number(value) >= 1 ? true : t('errNumber')),
  };
  /** A required text input wired to its value, its label and its check by name. */
  const field = (name: 'startsAt' | 'place' | NumberName, more: { type?: string; inputMode?: 'numeric' } = {}) => (
    <TextField
      id={`session-${name}`}
      label={t(name)}
      required
      error={formState.errors[name]?.message}
      {...register(name, { validate: rules[name] })}
      {...more}
    />
  );
  const numberField = (name: NumberName) => field(name, { inputMode: 'numeric' });

  const submit = async (v: SessionValues) => {
    const committeeId = known(v.committeeId);
    setFailure(undefined);
    try {
      const session = await call('POST /api/v1/calls/{id}/sessions', {
        path: { id: callId },
        body: {
          committeeId,
          stage: v.stage,
          startsAt: fromLocalInput(v.startsAt)!,
          place: v.place.trim(),
          quorum: Number(v.quorum),
          slotMinutes: { presentation: Number(v.presentation), questions: Number(v.questions) },
          proposalIds: v.chosen,
        },
        idempotencyKey: newIdempotencyKey(),
      });
      localStorage.setItem(COMMITTEE_KEY, committeeId);
      setCreated(session);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };

  return (
    <Async state={data}>
      {({ current, proposals, committees }) => {
        const title = (id: string) => proposals.find((p) => p.id === id)?.title ?? id;
        return (
          <section>
            <PageTitle>{t('title', { title: callTitle(current, locale) })}</PageTitle>
            <CallNav callId={callId} />
            {created ? (
              <div className="notice notice-good" role="status">
                <p className="notice-title">{t('created')}</p>
                <p>
                  <Link to={`/committee/sessions/${created.id}`} id="session-created-link">
                    {t('openMeeting')}
                  </Link>
                </p>
                <table>
                  <caption>{t('agenda')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('time')}</th>
                      <th scope="col">{t('proposal')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {created.agenda.map((slot) => (
                      <tr key={slot.proposalId}>
                        <td>{formatDate(slot.startsAt, locale, true)}</td>
                        <th scope="row">{title(slot.proposalId)}</th>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <form onSubmit={handleSubmit(submit)} noValidate className="console-form">
              <ErrorSummary errors={errors} />
              {failure ? <ProblemMessage error={failure} /> : null}
              <Controller
                control={control}
                name="committeeId"
                rules={{ validate: (id) => (known(id) ? true : t('errCommittee')) }}
                render={({ field: { value, onChange, onBlur, ref }, fieldState }) => (
                  <Select
                    id="session-committee"
                    label={t('committee')}
                    hint={committees.length === 0 ? t('noCommittees') : t('committeeHint')}
                    required
                    value={known(value)}
                    onChange={onChange}
                    onBlur={onBlur}
                    ref={ref}
                    error={fieldState.error?.message}
                  >
                    <option value="">{t('chooseCommittee')}</option>
                    {committees.map((c) => (
                      <option key={c.id} value={c.id}>
                        {t('committeeOption', {
                          name: locale === 'en' ? c.nameEn || c.nameJa : c.nameJa,
                          count: c.members.length,
                        })}
                      </option>
                    ))}
                  </Select>
                )}
              />
              <Select
                id="session-stage"
                label={t('stage')}
                required
                hint={scoredStages && !scoredStages.includes(chosenStage) ? t('stageNoSheets') : undefined}
                {...register('stage')}
              >
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {tc(stageLabel[s])}
                  </option>
                ))}
              </Select>
              <div className="console-grid">
                {field('startsAt', { type: 'datetime-local' })}
                {field('place')}
                {numberField('quorum')}
              </div>
              <fieldset className="console-fieldset">
                <legend>{t('slots')}</legend>
                <div className="console-grid">
                  {numberField('presentation')}
                  {numberField('questions')}
                </div>
              </fieldset>
              <fieldset className="console-fieldset" id="session-agenda" tabIndex={-1}>
                <legend>{t('agendaLegend')}</legend>
                {proposals.length === 0 ? <p>{t('noProposals')}</p> : null}
                <Controller
                  control={control}
                  name="chosen"
                  rules={{ validate: (ids) => (ids.length > 0 ? true : t('errProposals')) }}
                  render={({ field: { value: chosen, onChange } }) => (
                    <ul className="checkbox-list">
                      {proposals.map((p) => (
                        <li key={p.id} className="checkbox">
                          <input
                            id={`agenda-${p.id}`}
                            type="checkbox"
                            checked={chosen.includes(p.id)}
                            onChange={(e) =>
                              onChange(e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))
                            }
                          />
                          <label htmlFor={`agenda-${p.id}`}>
                            {p.receiptNumber ? `${p.receiptNumber} ` : ''}
                            {p.title} <StateBadge state={p.state} />
                            {chosen.includes(p.id) ? ` (${chosen.indexOf(p.id) + 1})` : ''}
                          </label>
                        </li>
                      ))}
                    </ul>
                  )}
                />
              </fieldset>
              <button id="session-submit" type="submit" className="button" disabled={formState.isSubmitting}>
                {t('create')}
              </button>
            </form>
          </section>
        );
      }}
    </Async>
  );
}
