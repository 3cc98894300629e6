import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingClock, Session } from './models';
import { SlotTimer } from './slot-timer';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const START = Date.parse('2026-05-01T10:00:00.000Z');

function session(clock: MeetingClock | null): Session {
  return {
    id: 's1',
    callId: 'c1',
    committeeId: 'm1',
    stage: 'scheduled',
    startsAt: '2026-05-01T10:00:00.000Z',
    place: '会議室',
    quorum: 1,
    present: [],
    slotMinutes: { presentation: 1, questions: 2 },
    agenda: [],
    minutes: null,
    consensus: [],
    members: [],
    clock,
    serverTime: new Date(START).toISOString(),
  } as unknown as Session;
}

const timer = () => screen.getByRole('timer').textContent;

describe('SlotTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('shows the full presentation time before the clock is first set', () => {
    render(<SlotTimer session={session(null)} itemIndex={0} canControl={false} />);
    expect(timer()).toBe('1:00');
    expect(screen.getByText('タイマーは委員長（または事務局）の操作に合わせて、全員の画面で同じ時間を表示します。'));
  });

  it('counts down a running shared clock and turns to overrun when the time is up', () => {
    const clock: MeetingClock = {
      agendaIndex: 0,
      phase: 'presentation',
      running: true,
      remainingSeconds: 5,
      setAt: new Date(START).toISOString(),
      setBy: 'u1',
    };
    render(<SlotTimer session={session(clock)} itemIndex={0} canControl={false} />);
    expect(timer()).toBe('0:05');
    act(() => vi.advanceTimersByTime(3_000));
    expect(timer()).toBe('0:02');
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => vi.advanceTimersByTime(4_000));
    expect(timer()).toBe('+0:02 超過');
    expect(screen.getByRole('status').textContent).toBe('プレゼンテーション（1分） の時間を超過しました');
  });

  it('does not move a clock that belongs to another agenda item', () => {
    const clock: MeetingClock = {
      agendaIndex: 1,
      phase: 'questions',
      running: true,
      remainingSeconds: 30,
      setAt: new Date(START).toISOString(),
      setBy: 'u1',
    };
    render(<SlotTimer session={session(clock)} itemIndex={0} canControl={false} />);
    act(() => vi.advanceTimersByTime(10_000));
    expect(timer()).toBe('1:00');
  });

  it('starts at once for the chair and sends the clock to the server', async () => {
    let answer: (value: unknown) => void = () => undefined;
    call.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    render(<SlotTimer session={session(null)} itemIndex={0} canControl />);
    fireEvent.click(screen.getByRole('button', { name: '開始' }));
    expect(call).toHaveBeenCalledWith('PUT /api/v1/sessions/{id}/clock', {
      path: { id: 's1' },
      body: { agendaIndex: 0, phase: 'presentation', running: true, remainingSeconds: 60 },
      idempotencyKey: 'key',
    });
    expect(screen.getByRole('button', { name: '一時停止' }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(timer()).toBe('0:50');
    await act(async () =>
      answer(
        session({
          agendaIndex: 0,
          phase: 'presentation',
          running: true,
          remainingSeconds: 60,
          setAt: new Date(START).toISOString(),
          setBy: 'u1',
        }),
      ),
    );
    expect(timer()).toBe('0:50');
  });
});
