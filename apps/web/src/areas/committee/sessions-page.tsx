import { call } from '../../api/client';
import { formatDate, useLocale, useLocalized, useT } from '../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle, StatusBadge } from '../../ui/components';
import { ProjectsLink } from './assessment/projects-link';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import type { SessionListItem } from './models';
import { committeeTexts } from './texts';

/** /committee: the sessions of every call that I take part in (the API lists only my committees' sessions). */
export function SessionsPage() {
  const t = useT(committeeTexts);
  const { locale } = useLocale();
  const localized = useLocalized();
  // Sessions are scheduled and concluded by others: the list reads itself again every half minute.
  const state = useApiQuery(
    keys.sessions.list(),
    async (signal) => {
      const calls = await call('GET /api/v1/calls', { signal });
      const lists = await Promise.all(
        calls.map(async (c) => ({
          call: c,
          sessions: (await call('GET /api/v1/calls/{id}/sessions', { path: { id: c.id }, signal })).items,
        })),
      );
      return lists.filter((l) => l.sessions.length > 0);
    },
    { refetchInterval: 30_000 },
  );
  const tone = (s: SessionListItem) => (s.state === 'concluded' ? 'good' : s.state === 'held' ? 'warn' : 'info');
  return (
    <section>
      <PageTitle>{t('listTitle')}</PageTitle>
      <ProjectsLink />
      <p>{t('listIntro')}</p>
      <Async state={state}>
        {(lists) =>
          lists.length === 0 ? (
            <p>{t('noSessions')}</p>
          ) : (
            lists.map(({ call: c, sessions }) => (
              <section key={c.id} aria-labelledby={`call-${c.id}`}>
                <h2 id={`call-${c.id}`}>{localized({ ja: c.titleJa, en: c.titleEn })}</h2>
                <ul className="cards">
                  {sessions.map((s) => (
                    <li key={s.id} className="card">
                      <h3>
                        <Link to={`/committee/sessions/${s.id}`}>
                          {t('session', { date: formatDate(s.startsAt, locale, true), place: s.place })}
                        </Link>
                      </h3>
                      <p className="meta">
                        {t(`stage_${s.stage}`)} · <StatusBadge tone={tone(s)}>{t(`state_${s.state}`)}</StatusBadge>
                      </p>
                      <p>{t('decidedOf', { decided: s.decidedItems, items: s.agendaItems })}</p>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )
        }
      </Async>
    </section>
  );
}
