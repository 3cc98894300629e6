import { useState, type FormEvent } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, ErrorSummary, PageTitle, ProblemMessage, Select, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
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

export function SessionFormPage({ callId }: { callId: string }) {
  const t = useT(sessionTexts);
  const tc = useT(consoleTexts);
  const { locale } = useLocale();
  const data = useApiQuery(keys.calls.sessionForm(callId), async (signal) => {
    const [current, proposals, committees] = await Promise.all([
      call('GET /api/v1/calls/{id}', { path: { id: callId }, signal }),
      allProposals(signal, callId),
      call('GET /api/v1/committees', { signal }),
    ]);
    return { current, proposals: proposals.filter((p) => AGENDA_STATES.test(p.state)), committees };
  });
  const [v, setV] = useState({
    committeeId: localStorage.getItem(COMMITTEE_KEY) ?? '',
    stage: 'presentation' as Stage,
    startsAt: '',
    place: '',
    quorum: '2',
    presentation: '7',
    questions: '8',
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Session>();
  const set = (name: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((o) => ({ ...o, [name]: e.target.value }));
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  /** A required text input wired to its value, its label and its error by name. */
  const field = (name: 'startsAt' | 'place' | NumberName, more: { type?: string; inputMode?: 'numeric' } = {}) => (
    <TextField
      id={`session-${name}`}
      label={t(name)}
      required
      value={v[name]}
      onChange={set(name)}
      error={errorOf(`session-${name}`)}
      {...more}
    />
  );
  const numberField = (name: NumberName) => field(name, { inputMode: 'numeric' });
  // The remembered committee only while it is still one of the municipality's.
  const committeeId = data.data?.committees.some((c) => c.id === v.committeeId) ? v.committeeId : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Array<{ fieldId: string; message: string }> = [];
    if (!committeeId) found.push({ fieldId: 'session-committee', message: t('errCommittee') });
    if (!v.startsAt) found.push({ fieldId: 'session-startsAt', message: t('errStartsAt') });
    if (!v.place.trim()) found.push({ fieldId: 'session-place', message: t('errPlace') });
    for (const name of NUMBERS)
      if (!(Number(v[name]) >= 1)) found.push({ fieldId: `session-${name}`, message: t('errNumber') });
    if (chosen.length === 0) found.push({ fieldId: 'session-agenda', message: t('errProposals') });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
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
          proposalIds: chosen,
        },
        idempotencyKey: newIdempotencyKey(),
      });
      localStorage.setItem(COMMITTEE_KEY, committeeId);
      setCreated(session);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    } finally {
      setBusy(false);
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
            <form onSubmit={submit} noValidate className="console-form">
              <ErrorSummary errors={errors} />
              {failure ? <ProblemMessage error={failure} /> : null}
              <Select
                id="session-committee"
                label={t('committee')}
                hint={committees.length === 0 ? t('noCommittees') : t('committeeHint')}
                required
                value={committeeId}
                onChange={set('committeeId')}
                error={errorOf('session-committee')}
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
              <Select id="session-stage" label={t('stage')} value={v.stage} onChange={set('stage')}>
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
                <ul className="checkbox-list">
                  {proposals.map((p) => (
                    <li key={p.id} className="checkbox">
                      <input
                        id={`agenda-${p.id}`}
                        type="checkbox"
                        checked={chosen.includes(p.id)}
                        onChange={(e) =>
                          setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((id) => id !== p.id)))
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
              </fieldset>
              <button id="session-submit" type="submit" className="button" disabled={busy}>
                {t('create')}
              </button>
            </form>
          </section>
        );
      }}
    </Async>
  );
}
