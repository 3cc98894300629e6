/**
 * The slot timer of a joint evaluation session, shared by every device in the room. The chair (or the
 * secretariat) starts, pauses and moves it; the server stores what was set and when, and each device counts
 * from that moment with its own offset to the server's time, so a tablet that joins late shows the same time.
 */
export interface MeetingClockInput {
  /** Index of the agenda item the slot belongs to. */
  agendaIndex: number;
  phase: 'presentation' | 'questions';
  running: boolean;
  /** Seconds left when set; negative once the slot has run over. */
  remainingSeconds: number;
}

export interface MeetingClock extends MeetingClockInput {
  setAt: string;
  setBy: string;
}

export const MEETING_CLOCK_LIMIT_SECONDS = 36_000;

export function storedClock(input: MeetingClockInput, setBy: string, now: Date): MeetingClock {
  return {
    agendaIndex: input.agendaIndex,
    phase: input.phase,
    running: input.running,
    remainingSeconds: input.remainingSeconds,
    setAt: now.toISOString(),
    setBy,
  };
}

/** Seconds left at `now`: a running clock has counted down since it was set. */
export function remainingAt(clock: MeetingClock, now: Date): number {
  if (!clock.running) return clock.remainingSeconds;
  return clock.remainingSeconds - Math.floor((now.getTime() - new Date(clock.setAt).getTime()) / 1000);
}
