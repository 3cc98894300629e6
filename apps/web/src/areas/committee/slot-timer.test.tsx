import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingClock, Session } from './models';
import { SlotTimer } from './slot-timer';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const START = Date.parse('2026-05-01T10:00:00.000Z');

/** A session with one-minute presentations and two-minute questions; the device's clock agrees with the server's. */
function session(clock: MeetingClock | null): Session {
  return {
    id: 's1',
    callId: 'c1',
    committeeId: 'm1',
    stage: 'presentation',
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
  };
}

function clock(values: Partial<MeetingClock>): MeetingClock {
  return {
    agendaIndex: 0,
    phase: 'presentation',
    running: true,
    remainingSeconds: 60,
    setAt: new Date(START).toISOString(),
    setBy: 'u1',
    ...values,
  };
}

const shown = () => screen.getByRole('timer').textContent;

describe('SlotTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('shows the full presentation time before the clock is first set', async () => {
    render(<SlotTimer session={session(null)} itemIndex={0} canControl={false} />);
    expect(shown()).toBe('1:00');
    expect(screen.getByText('タイマーは委員長（または事務局）の操作に合わせて、全員の画面で同じ時間を表示します。'));
    await act(() => vi.advanceTimersByTime(10_000));
    expect(shown()).toBe('1:00');
  });

  it('counts down a running shared clock and announces the overrun when the time is up', async () => {
    render(<SlotTimer session={session(clock({ remainingSeconds: 5 }))} itemIndex={0} canControl={false} />);
    expect(shown()).toBe('0:05');
    await act(() => vi.advanceTimersByTime(3_000));
    expect(shown()).toBe('0:02');
    expect(screen.getByRole('status').textContent).toBe('');
    await act(() => vi.advanceTimersByTime(4_000));
    expect(shown()).toBe('+0:02 超過');
    expect(screen.getByRole('timer').className).toBe('timer timer-over');
    expect(screen.getByRole('status').textContent).toBe('プレゼンテーション（1分） の時間を超過しました');
  });

  it('leaves alone a clock that belongs to another agenda item', async () => {
    const other = clock({ agendaIndex: 1, phase: 'questions', remainingSeconds: 30 });
    render(<SlotTimer session={session(other)} itemIndex={0} canControl={false} />);
    await act(() => vi.advanceTimersByTime(10_000));
    expect(shown()).toBe('1:00');
  });

  it('starts at once on the chair’s device and sends the clock to the server', async () => {
    let answer: (value: Session) => void = () => undefined;
    call.mockImplementation(() => new Promise<Session>((resolve) => (answer = resolve)));
    render(<SlotTimer session={session(null)} itemIndex={0} canControl />);
    fireEvent.click(screen.getByRole('button', { name: '開始' }));
    expect(call).toHaveBeenCalledWith('PUT /api/v1/sessions/{id}/clock', {
      path: { id: 's1' },
      body: { agendaIndex: 0, phase: 'presentation', running: true, remainingSeconds: 60 },
      idempotencyKey: 'key',
    });
    expect(screen.getByRole('button', { name: '一時停止' }));
    await act(() => vi.advanceTimersByTime(10_000));
    expect(shown()).toBe('0:50');
    await act(async () => answer(session(clock({}))));
    expect(shown()).toBe('0:50');
  });

  it('goes back to the clock it had when the server refuses the change', async () => {
    call.mockRejectedValue(new Error('offline'));
    render(<SlotTimer session={session(null)} itemIndex={0} canControl />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '開始' }));
    });
    expect(screen.getByRole('button', { name: '開始' }));
    await act(() => vi.advanceTimersByTime(10_000));
    expect(shown()).toBe('1:00');
  });
});
