import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../queries/query-client';
import type { Session } from './models';
import { SessionPage } from './session-page';

vi.mock('../../auth/session', () => ({
  useSession: () => ({ status: 'signedIn', me: null, hasRole: () => false, operator: false }),
}));

const session: Session = {
  id: 's1',
  callId: 'c1',
  committeeId: 'm1',
  stage: 'document',
  startsAt: '2026-05-01T10:00:00.000Z',
  place: '会議室',
  quorum: 1,
  present: [],
  slotMinutes: { presentation: 7, questions: 8 },
  agenda: [],
  minutes: null,
  consensus: [],
  members: [],
  clock: null,
  serverTime: '2026-05-01T10:00:00.000Z',
};

const live = vi.hoisted(() => ({ send: (_event: { event: string; data: string }) => {} }));
const call = vi.hoisted(() =>
  vi.fn((route: string, _input: unknown): Promise<unknown> => {
    if (route === 'GET /api/v1/sessions/{id}') return Promise.resolve(session);
    return Promise.reject(new Error(`unexpected ${route}`));
  }),
);
vi.mock('../../api/client', () => ({
  call,
  newIdempotencyKey: () => 'key',
  openStream: (
    _route: string,
    input: { signal: AbortSignal },
    onEvent: (event: { event: string; data: string }) => void,
    onState: (state: 'open') => void,
  ) => {
    live.send = onEvent;
    onState('open');
    return new Promise<void>((resolve) => input.signal.addEventListener('abort', () => resolve()));
  },
}));

const asked = (route: string) => call.mock.calls.filter(([r]) => r === route);
const change = (version: string) =>
  act(async () =>
    live.send({ event: 'change', data: JSON.stringify({ version, present: 0, minutesLength: 0, proposals: [] }) }),
  );

describe('SessionPage: the rubric', () => {
  it('asks for the session’s stage’s rubric once, not again on every live update', async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <SessionPage id="s1" />
      </QueryClientProvider>,
    );
    await screen.findByText(/会議室/);
    await change('v2');
    await waitFor(() => expect(asked('GET /api/v1/sessions/{id}').length).toBe(2));
    await change('v3');
    await waitFor(() => expect(asked('GET /api/v1/sessions/{id}').length).toBe(3));
    const rubrics = asked('GET /api/v1/calls/{id}/rubrics/{stage}');
    expect(rubrics.map(([, input]) => (input as { path: unknown }).path)).toEqual([{ id: 'c1', stage: 'document' }]);
  });
});
