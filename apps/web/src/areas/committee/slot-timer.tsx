import { useEffect, useRef, useState } from 'react';
import { call, newIdempotencyKey } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useT } from '../../i18n/i18n';
import { ProblemMessage } from '../../ui/components';
import type { MeetingClock, Session } from './models';
import { committeeTexts } from './texts';

type Phase = 'presentation' | 'questions';

function display(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Milliseconds left on the shared clock now, counted with this device's offset to the server's time. */
function remainingMs(clock: MeetingClock, offsetMs: number, now: number): number {
  const left = clock.remainingSeconds * 1000;
  return clock.running ? left - (now + offsetMs - Date.parse(clock.setAt)) : left;
}

/**
 * The slot's timer, one for the whole room: the chair (or the secretariat) starts, pauses and moves it, and
 * every tablet shows the same countdown because the clock is kept with the session and the live stream tells
 * each device when it changes. Presentation, then questions, each with its minutes; red when over, the
 * overrun announced once. Keyboard operable.
 */
export function SlotTimer({
  session,
  itemIndex,
  canControl,
  onNextItem,
}: {
  session: Session;
  itemIndex: number;
  canControl: boolean;
  onNextItem?: () => void;
}) {
  const t = useT(committeeTexts);
  const minutes = session.slotMinutes;
  const [offsetMs] = useState(() => Date.parse(session.serverTime) - Date.now());
  const [shared, setShared] = useState<MeetingClock | null>(session.clock);
  const [now, setNow] = useState(() => Date.now());
  const [failure, setFailure] = useState<ApiError>();
  // Requests of ours still unanswered, and the number of the latest: answers and stream events can arrive out of
  // order (a pause answered after the next phase was pressed), and an older clock must not undo a newer one.
  const inFlight = useRef(0);
  const latest = useRef(0);
  // A newer clock from the server (another device moved it) replaces ours; none while our own change is on its way.
  useEffect(() => {
    const incoming = session.clock;
    if (inFlight.current > 0) return;
    setShared((current) => (incoming && current && incoming.setAt < current.setAt ? current : incoming));
  }, [session.clock?.setAt]); // eslint-disable-line react-hooks/exhaustive-deps
  const mine = shared && shared.agendaIndex === itemIndex ? shared : null;
  const phase: Phase = mine?.phase ?? 'presentation';
  const running = mine?.running ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  const remaining = mine ? remainingMs(mine, offsetMs, now) : minutes[phase] * 60_000;
  const over = remaining < 0;
  const phaseLabel = t(`phase_${phase}`, { minutes: minutes[phase] });

  const set = async (next: { agendaIndex?: number; phase: Phase; running: boolean; remainingSeconds: number }) => {
    setFailure(undefined);
    const body = { ...next, agendaIndex: next.agendaIndex ?? itemIndex };
    const before = shared;
    // At once on this device (the room sees it when the server has it); undone if the server refuses.
    setNow(Date.now());
    setShared({ ...body, setAt: new Date(Date.now() + offsetMs).toISOString(), setBy: '' });
    const request = ++latest.current;
    inFlight.current++;
    try {
      const answer = await call('PUT /api/v1/sessions/{id}/clock', {
        path: { id: session.id },
        body,
        idempotencyKey: newIdempotencyKey(),
      });
      if (request === latest.current) setShared(answer.clock);
    } catch (error) {
      if (request === latest.current) setShared(before);
      if (error instanceof ApiError) setFailure(error);
    } finally {
      inFlight.current--;
    }
  };
  const secondsLeft = () => Math.ceil(remaining / 1000);
  const full = (p: Phase) => minutes[p] * 60;

  return (
    <section aria-labelledby="timer-heading" className="slot-timer">
      <h3 id="timer-heading">
        {t('timer')}: {phaseLabel}
      </h3>
      <p className={over ? 'timer timer-over' : 'timer'} role="timer" aria-label={t('remaining')} data-testid="timer">
        {over ? `+${display(remaining)} ${t('over')}` : display(remaining)}
      </p>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {over ? t('timerOver', { phase: phaseLabel }) : ''}
      </p>
      {failure ? <ProblemMessage error={failure} /> : null}
      {canControl ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => void set({ phase, running: !running, remainingSeconds: secondsLeft() })}
          >
            {running ? t('timerPause') : t('timerStart')}
          </button>
          {phase === 'presentation' ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void set({ phase: 'questions', running, remainingSeconds: full('questions') })}
            >
              {t('timerNext')}
            </button>
          ) : onNextItem ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                void set({
                  agendaIndex: itemIndex + 1,
                  phase: 'presentation',
                  running: false,
                  remainingSeconds: full('presentation'),
                });
                onNextItem();
              }}
            >
              {t('timerNextItem')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void set({ phase: 'presentation', running: false, remainingSeconds: full('presentation') })}
          >
            {t('timerReset')}
          </button>
        </div>
      ) : (
        <p className="meta">{t('timerFollows')}</p>
      )}
    </section>
  );
}
