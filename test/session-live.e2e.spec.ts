import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  sessionBody,
  smallRubric,
  startSystem,
  TEST_DB,
  FIXTURE_PASSWORD,
  waitFor,
} from '@kyodo/testing';

interface LiveEvent {
  event: string;
  data: { version: string; proposals: Array<{ proposalId: string; submitted: number; assigned: number }> };
}

/** Reads a session's event stream with fetch, as the web app does, collecting its events. */
function openStream(baseUrl: string, sessionId: string, token: string) {
  const controller = new AbortController();
  const events: LiveEvent[] = [];
  let comments = 0;
  const ready = (async () => {
    const response = await fetch(`${baseUrl}/api/v1/sessions/${sessionId}/live`, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    return response;
  })();
  const done = ready.then(async (response) => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) comments++;
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // aborted
    }
  });
  return { ready, done, events, comments: () => comments, close: () => controller.abort() };
}

/** The stream's own condition, polled with the shared helper. */
const until = (condition: () => boolean, timeoutMs: number) => waitFor(async () => condition(), timeoutMs);

describe(`a session's live stream on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let proposalId: string;
  let sessionId: string;

  beforeAll(async () => {
    // Streams check every second here that their caller may still watch (30 s by default).
    system = await startSystem({ LIVE_RECHECK_SECONDS: '1' });
    x = await createMunicipality(new ApiClient(system.baseUrl));
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/presentation`, smallRubric()));
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: '中継検証',
        content: completeProposalContent(),
      }),
    );
    proposalId = draft.id;
    await move(x.proposerA, proposalId, 'SUBMIT');
    await move(x.secretariat, proposalId, 'ACCEPT');
    sessionId = (
      await must(x.secretariat.post(`/api/v1/calls/${x.callId}/sessions`, sessionBody(x.committeeId, [proposalId])))
    ).id;
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('lists the call’s sessions for the committee and the secretariat, not for a reviewer', async () => {
    const listed = await must(x.chair.get(`/api/v1/calls/${x.callId}/sessions`));
    expect(listed.items).toEqual([
      expect.objectContaining({ id: sessionId, stage: 'presentation', agendaItems: 1, decidedItems: 0 }),
    ]);
    expect((await must(x.secretariat.get(`/api/v1/calls/${x.callId}/sessions`))).items).toHaveLength(1);
    expect((await x.reviewer.get(`/api/v1/calls/${x.callId}/sessions`)).status).toBe(403);
  });

  it('sends an event within seconds when a member submits a sheet, and a new one for minutes and the timer', async () => {
    const refused = await fetch(`${system.baseUrl}/api/v1/sessions/${sessionId}/live`, {
      headers: { authorization: `Bearer ${x.proposerA.token}` },
    });
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');

    const stream = openStream(system.baseUrl, sessionId, x.chair.token!);
    const response = await stream.ready;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    await until(() => stream.events.length === 1, 5_000);
    expect(stream.events[0]!.data.proposals[0]).toMatchObject({ proposalId, submitted: 0, assigned: 0 });

    const [sheet] = await must(
      x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, {
        reviewerIds: [x.committeeMemberId],
        stage: 'presentation',
      }),
    );
    await must(
      x.committeeMember.request('PUT', `/api/v1/assignments/${sheet.id}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 3 },
        comments: { feasibility: '妥当' },
      }),
    );
    await must(x.committeeMember.post(`/api/v1/assignments/${sheet.id}/score-sheet/submit`));
    await until(() => stream.events.some((e) => e.data.proposals[0]!.submitted === 1), 5_000);
    const before = stream.events.length;
    await must(x.chair.post(`/api/v1/sessions/${sessionId}/minutes`, { text: '議事録の記録' }));
    await until(() => stream.events.length > before, 5_000);
    // The chair starts the room's timer: every open stream hears of it; a member may not set it.
    const beforeClock = stream.events.length;
    const clock = { agendaIndex: 0, phase: 'presentation', running: true, remainingSeconds: 420 };
    expect((await x.committeeMember.request('PUT', `/api/v1/sessions/${sessionId}/clock`, clock)).status).toBe(403);
    const bad = await x.chair.request('PUT', `/api/v1/sessions/${sessionId}/clock`, { ...clock, agendaIndex: 5 });
    expect(bad.status).toBe(400);
    const set = await must(x.chair.request('PUT', `/api/v1/sessions/${sessionId}/clock`, clock));
    expect(set.clock).toMatchObject({ ...clock, setBy: x.chairId });
    expect(Math.abs(Date.parse(set.serverTime) - Date.now())).toBeLessThan(5_000);
    await until(() => stream.events.length > beforeClock, 5_000);
    const last = stream.events.at(-1)!;
    expect(last.event).toBe('change');
    expect(new Set(stream.events.map((e) => e.data.version)).size).toBe(stream.events.length);
    stream.close();
    await stream.done;
    // the server forgets the stream: a new one still works
    const again = openStream(system.baseUrl, sessionId, x.secretariat.token!);
    await until(() => again.events.length === 1, 5_000);
    expect(again.events[0]!.data.version).toBe(last.data.version);
    again.close();
    await again.done;
  });

  it('ends a stream once its caller signs out, and answers 401 when the client comes back', async () => {
    const tablet = await new ApiClient(system.baseUrl).login(x.emailOf('chair'), FIXTURE_PASSWORD);
    const stream = openStream(system.baseUrl, sessionId, tablet.token!);
    await until(() => stream.events.length === 1, 5_000);
    // the chair's other sign-ins are not touched: only this one is revoked
    await must(tablet.post('/api/v1/auth/logout'));
    await Promise.race([
      stream.done,
      // oxlint-disable-next-line no-restricted-globals -- a deadline on the stream closing, not a sleep
      new Promise((_, reject) => setTimeout(() => reject(new Error('still open')), 10_000)),
    ]);
    expect(stream.events.at(-1)!.event).toBe('end');
    const again = await fetch(`${system.baseUrl}/api/v1/sessions/${sessionId}/live`, {
      headers: { authorization: `Bearer ${tablet.token}` },
    });
    expect(again.status).toBe(401);
    expect((await must(x.chair.get(`/api/v1/sessions/${sessionId}`))).id).toBe(sessionId);
  });

  it('is not opened by a seat on another committee; a seat here lets one watch, only this room’s chair runs it', async () => {
    const other = await must(
      x.admin.post('/api/v1/committees', { municipalityId: x.municipalityId, nameJa: '別の委員会', nameEn: 'Another' }),
    );
    const email = x.emailOf('other-committee-chair');
    const user = await must(
      x.admin.post('/api/v1/users', {
        municipalityId: x.municipalityId,
        email,
        displayName: '他委員会の委員長',
        password: FIXTURE_PASSWORD,
        locale: 'ja',
      }),
    );
    await must(x.admin.post(`/api/v1/committees/${other.id}/members`, { userId: user.id, position: 'chair' }));
    const outsider = await new ApiClient(system.baseUrl).login(email, FIXTURE_PASSWORD);
    expect((await outsider.get(`/api/v1/sessions/${sessionId}`)).status).toBe(404);
    const live = await fetch(`${system.baseUrl}/api/v1/sessions/${sessionId}/live`, {
      headers: { authorization: `Bearer ${outsider.token}` },
    });
    expect(live.status).toBe(404);
    expect((await outsider.request('PUT', `/api/v1/sessions/${sessionId}/attendance`, { present: [] })).status).toBe(
      404,
    );
    expect((await must(outsider.get(`/api/v1/calls/${x.callId}/sessions`))).items).toEqual([]);

    await must(x.admin.post(`/api/v1/committees/${x.committeeId}/members`, { userId: user.id, position: 'member' }));
    expect((await outsider.get(`/api/v1/sessions/${sessionId}`)).status).toBe(200);
    expect((await outsider.request('PUT', `/api/v1/sessions/${sessionId}/attendance`, { present: [] })).status).toBe(
      403,
    );
    expect((await x.chair.request('PUT', `/api/v1/sessions/${sessionId}/attendance`, { present: [] })).status).toBe(
      200,
    );
  });
});
