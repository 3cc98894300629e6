import { useEffect, useState } from 'react';
import { useSession } from '../../auth/session';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { Async, PageTitle, StatusBadge } from '../../ui/components';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { useInvalidate } from '../../queries/use-invalidate';
import { AgendaItemView } from './agenda-item';
import { AttendancePanel } from './attendance-panel';
import { MinutesForm } from './minutes-form';
import { loadSessionData, loadSessionRubric } from './session-data';
import { committeeTexts } from './texts';
import { useLiveSession } from './use-live';

/**
 * /committee/sessions/:id — the meeting on a tablet: the agenda with the current item's timer, the live
 * aggregate of the members' sheets, the consensus, the chair's decision; attendance and minutes beside.
 */
export function SessionPage({ id }: { id: string }) {
  const t = useT(committeeTexts);
  const { locale } = useLocale();
  const { hasRole } = useSession();
  const live = useLiveSession(id);
  const version = live.snapshot?.version ?? '';
  // The stream tells of every change in the room; while it is down, the page reads the meeting every few seconds.
  const state = useApiQuery(keys.sessions.meeting(id), (signal) => loadSessionData(id, signal), {
    refetchInterval: live.state === 'open' ? false : 5_000,
  });
  // The rubric of the session's own stage, once per meeting: the live updates refetch the meeting, not this.
  const meeting = state.data?.session;
  const rubric = useApiQuery(
    ['calls', meeting?.callId, 'rubrics', meeting?.stage, 'meeting'],
    (signal) => loadSessionRubric(meeting!.callId, meeting!.stage, signal),
    { enabled: meeting !== undefined, staleTime: Infinity, retry: false },
  );
  const invalidate = useInvalidate();
  useEffect(() => {
    if (version) void invalidate(keys.sessions.meeting(id));
  }, [version, id, invalidate]);
  const [selected, setSelected] = useState<string | null>(null);
  const keeper = hasRole('committee_chair', 'secretariat');
  return (
    <Async state={state}>
      {(data) => {
        const { session } = data;
        const current =
          session.agenda.find((a) => a.proposalId === selected) ??
          session.agenda.find((a) => !data.proposals[a.proposalId]?.state.startsWith('decided')) ??
          session.agenda[0];
        const index = current ? session.agenda.indexOf(current) : -1;
        const next = index >= 0 ? session.agenda[index + 1] : undefined;
        return (
          <section className="committee-session">
            <PageTitle>{t('sessionTitle', { date: formatDate(session.startsAt, locale, true) })}</PageTitle>
            <p className="meta">
              {t(`stage_${session.stage}`)} · {t('place', { place: session.place })} ·{' '}
              <StatusBadge tone={live.state === 'open' ? 'good' : 'warn'}>
                <span data-testid="live-state">{t(`live_${live.state}`)}</span>
              </StatusBadge>
            </p>
            <div className="committee-layout">
              <div className="committee-side">
                <nav aria-labelledby="agenda-heading" className="committee-panel">
                  <h2 id="agenda-heading">{t('agenda', { count: session.agenda.length })}</h2>
                  <ol className="agenda-list">
                    {session.agenda.map((item, i) => {
                      const proposal = data.proposals[item.proposalId];
                      const isCurrent = item === current;
                      return (
                        <li key={item.proposalId}>
                          <button
                            type="button"
                            className={isCurrent ? 'agenda-button agenda-current' : 'agenda-button'}
                            aria-current={isCurrent ? 'step' : undefined}
                            onClick={() => setSelected(item.proposalId)}
                          >
                            <span>{t('agendaItem', { n: i + 1, title: proposal?.title ?? '' })}</span>
                            <span className="meta">
                              {formatDate(item.startsAt, locale, true)}
                              {proposal?.state.startsWith('decided') ? ` · ${t('state_decided')}` : ''}
                              {item.recused.length > 0 ? ` · ${t('recused', { count: item.recused.length })}` : ''}
                            </span>
                          </button>
                        </li>
                      );
                    })}
                  </ol>
                </nav>
                <AttendancePanel session={session} canEdit={keeper} />
              </div>
              <div className="committee-main">
                {current && data.proposals[current.proposalId] ? (
                  <AgendaItemView
                    key={current.proposalId}
                    session={session}
                    item={current}
                    proposal={data.proposals[current.proposalId]!}
                    scores={data.scores[current.proposalId]}
                    rubric={rubric.data ?? null}
                    counts={live.snapshot?.proposals.find((p) => p.proposalId === current.proposalId)}
                    onNextItem={next ? () => setSelected(next.proposalId) : undefined}
                    canControl={keeper}
                  />
                ) : null}
                <MinutesForm session={session} canEdit={keeper} />
              </div>
            </div>
          </section>
        );
      }}
    </Async>
  );
}
