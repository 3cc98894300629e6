import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { committeeTexts } from './texts';

type Phase = 'presentation' | 'questions';

function clock(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The slot's timer: presentation, then questions, each with its minutes; start, pause, next, reset by button
 * (keyboard operable). The countdown turns red when over, and the overrun is announced once.
 */
export function SlotTimer({
  minutes,
  onNextItem,
  itemKey,
}: {
  minutes: { presentation: number; questions: number };
  onNextItem?: () => void;
  itemKey: string;
}) {
  const t = useT(committeeTexts);
  const [phase, setPhase] = useState<Phase>('presentation');
  const [elapsed, setElapsed] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setPhase('presentation');
    setElapsed(0);
    setStartedAt(null);
  }, [itemKey]);
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [startedAt]);
  const used = elapsed + (startedAt !== null ? now - startedAt : 0);
  const remaining = minutes[phase] * 60_000 - used;
  const over = remaining < 0;
  const phaseLabel = t(`phase_${phase}`, { minutes: minutes[phase] });
  const pause = () => {
    if (startedAt !== null) setElapsed(elapsed + Date.now() - startedAt);
    setStartedAt(null);
  };
  return (
    <section aria-labelledby="timer-heading" className="slot-timer">
      <h3 id="timer-heading">
        {t('timer')}: {phaseLabel}
      </h3>
      <p className={over ? 'timer timer-over' : 'timer'} role="timer" aria-label={t('remaining')} data-testid="timer">
        {over ? `+${clock(remaining)} ${t('over')}` : clock(remaining)}
      </p>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {over ? t('timerOver', { phase: phaseLabel }) : ''}
      </p>
      <div className="button-row">
        {startedAt === null ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNow(Date.now());
              setStartedAt(Date.now());
            }}
          >
            {t('timerStart')}
          </button>
        ) : (
          <button type="button" className="button" onClick={pause}>
            {t('timerPause')}
          </button>
        )}
        {phase === 'presentation' ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setPhase('questions');
              setElapsed(0);
              setStartedAt(startedAt !== null ? Date.now() : null);
            }}
          >
            {t('timerNext')}
          </button>
        ) : onNextItem ? (
          <button type="button" className="button button-secondary" onClick={onNextItem}>
            {t('timerNextItem')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setElapsed(0);
            setStartedAt(null);
            setPhase('presentation');
          }}
        >
          {t('timerReset')}
        </button>
      </div>
    </section>
  );
}
