import {
  ApiClient,
  createMunicipality,
  type MunicipalityFixture,
  move,
  type RunningSystem,
  startPublicFace,
  startStreamingPair,
  startSystem,
  type StreamingPair,
  waitFor,
} from '@kyodo/testing';
import { adoptedProposal, decidedProposal, openCall } from '../support/adopted-projects';

/**
 * Read replicas for the public reads (issue 20, item 5), against a real streaming standby: the public (no sign-in)
 * reads come from DATABASE_READ_URL and may lag, the staff's reads and every write stay on DATABASE_URL. The pair is
 * PostgreSQL 18 from npm whatever KYODO_TEST_DB says: PGlite has no replication, so this suite brings its own servers.
 */
describe('the public reads on a streaming read replica', () => {
  let pair: StreamingPair;
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let callId: string;
  let anonymous: ApiClient;
  const published: string[] = [];
  /** The figures docs/reliability.md copies: how long replay took, and the public reads while the replica is away. */
  const figures: Record<string, number> = {};

  beforeAll(async () => {
    pair = await startStreamingPair();
    system = await startSystem(
      { LOG_LEVEL: 'error', DATABASE_READ_URL: pair.replicaUrl },
      { databaseUrl: pair.primaryUrl },
    );
    x = await createMunicipality(new ApiClient(system.baseUrl), '藤沢市');
    callId = await openCall(x, 2026, { continuationAllowed: false });
    anonymous = new ApiClient(system.baseUrl);
  });

  afterAll(async () => {
    process.stdout.write(`RELIABILITY read-replica: ${JSON.stringify(figures)}\n`);
    await system?.stop();
    await pair?.stop();
  });

  const publicList = async (client = anonymous): Promise<string[]> => {
    const answer = await client.get(`/api/v1/public/proposals?municipality=${x.municipalityCode}&limit=100`);
    expect(answer.status).toBe(200);
    return (answer.body.items as Array<{ id: string }>).map((item) => item.id);
  };

  /** The disclosure packages of a proposal on the primary, read there directly. */
  const packagesOnPrimary = async (id: string): Promise<number> => {
    const [row] = await pair.onPrimary(`SELECT count(*)::int AS n FROM publications WHERE proposal_id = '${id}'`);
    return Number(row?.n ?? 0);
  };

  it('runs against a standby that really streams from the primary', async () => {
    const [sender] = await pair.onPrimary(
      `SELECT state FROM pg_stat_replication WHERE application_name = 'kyodo_replica'`,
    );
    expect(sender?.state).toBe('streaming');
    expect(await pair.onReplica('SELECT pg_is_in_recovery() AS standby')).toEqual([{ standby: true }]);
    await expect(pair.onReplica('CREATE TABLE written_on_the_replica (id int)')).rejects.toThrow(/read-only/);
    // The API keeps a pool on the replica for its public reads; the worker, which serves none, does not.
    const readers = (await pair.onReplica(
      `SELECT DISTINCT application_name AS name FROM pg_stat_activity WHERE application_name LIKE 'kyodo%'`,
    )) as Array<{ name: string }>;
    expect(readers.map((r) => r.name)).toEqual(['kyodo-kyodo-api-reads']);
    const ready = await anonymous.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks.readReplica).toMatchObject({ status: 'ok' });
    expect(ready.body.checks.readReplica.lagSeconds).toBeGreaterThanOrEqual(0);
  });

  it('shows a package published through the staff API once the replica has replayed it', async () => {
    const id = await adoptedProposal(x, callId, '海岸清掃と環境学習');
    published.push(id);
    // A worker builds the package after PUBLISH; once it is on the primary, the replica replays it.
    await waitFor(async () => (await packagesOnPrimary(id)) > 0, 20_000);
    const onPrimary = performance.now();
    await pair.caughtUp();
    figures.replayedMs = Math.round(performance.now() - onPrimary);
    expect(await publicList()).toContain(id);
    const record = await anonymous.get(`/api/v1/public/proposals/${id}`);
    expect(record.status).toBe(200);
    expect(record.body.decision.proposal.title).toBe('海岸清掃と環境学習');
  });

  it('reads the public pages from the replica and the staff’s own reads from the primary', async () => {
    const id = await decidedProposal(x, callId, '子ども食堂の連携');
    await pair.onReplica('SELECT pg_wal_replay_pause()');
    try {
      await waitFor(async () => {
        const [row] = await pair.onReplica('SELECT pg_get_wal_replay_pause_state() AS state');
        return row?.state === 'paused';
      });
      await move(x.secretariat, id, 'PUBLISH');
      await waitFor(async () => (await packagesOnPrimary(id)) > 0, 20_000);
      // The staff see what they have just done: their reads are on the primary.
      const staffView = await x.secretariat.get(`/api/v1/proposals/${id}`);
      expect(staffView.status).toBe(200);
      expect(String(staffView.body.state)).toMatch(/^disclosed/);
      // The public reads come from the paused replica: the package is not there yet, on the list, the record or the
      // page rendered on the server, while the package published before still is.
      const listed = await publicList();
      expect(listed).toContain(published[0]);
      expect(listed).not.toContain(id);
      expect((await anonymous.get(`/api/v1/public/proposals/${id}`)).status).toBe(404);
      const page = await (await fetch(`${system.baseUrl}/proposals?m=${x.municipalityCode}`)).text();
      expect(page).toContain('海岸清掃と環境学習');
      expect(page).not.toContain('子ども食堂の連携');
      // The replica reports how far it has fallen behind.
      const ready = await anonymous.get('/health/ready');
      expect(ready.body.checks.readReplica.status).toBe('ok');
    } finally {
      await pair.onReplica('SELECT pg_wal_replay_resume()');
    }
    const resumed = performance.now();
    await waitFor(async () => (await publicList()).includes(id), 20_000);
    figures.publicAfterResumeMs = Math.round(performance.now() - resumed);
    expect((await anonymous.get(`/api/v1/public/proposals/${id}`)).status).toBe(200);
    published.push(id);
  });

  it('answers the public reads 503 while the replica is down, and the staff work on', async () => {
    await pair.stopReplica();
    try {
      for (const path of [
        `/api/v1/public/proposals?municipality=${x.municipalityCode}`,
        `/api/v1/public/proposals/${published[0]}`,
        `/api/v1/public/statistics?municipality=${x.municipalityCode}`,
        `/api/v1/public/municipalities/${x.municipalityCode}`,
      ]) {
        const asked = performance.now();
        const answer = await fetch(`${system.baseUrl}${path}`);
        figures.slowest503Ms = Math.max(figures.slowest503Ms ?? 0, Math.round(performance.now() - asked));
        expect({ path, status: answer.status }).toEqual({ path, status: 503 });
        expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect((await answer.json()).code).toBe('service_unavailable');
      }
      const staffView = await x.secretariat.get(`/api/v1/proposals/${published[1]}`);
      expect(staffView.status).toBe(200);
      expect((await x.secretariat.get('/api/v1/proposals')).status).toBe(200);
      // The full face stays ready (the staff's work needs no replica) and says the replica is down.
      const ready = await anonymous.get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.checks.readReplica.status).toBe('fail');
    } finally {
      await pair.startReplica();
    }
    const restarted = performance.now();
    await waitFor(
      async () =>
        (await fetch(`${system.baseUrl}/api/v1/public/proposals?municipality=${x.municipalityCode}`)).status === 200,
      20_000,
    );
    figures.publicBackAfterRestartMs = Math.round(performance.now() - restarted);
    expect(await publicList()).toEqual(expect.arrayContaining(published));
  });

  it('serves the public face from the replica alone, migrating and writing nothing', async () => {
    const face = await startPublicFace({ databaseUrl: pair.replicaUrl, redisUrl: system.redisUrl! });
    const publicFace = face.client;
    try {
      expect(await publicList(publicFace)).toEqual(expect.arrayContaining(published));
      const page = await fetch(`${publicFace.baseUrl}/proposals?m=${x.municipalityCode}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('子ども食堂の連携');
      const record = await publicFace.get(`/api/v1/public/proposals/${published[1]}`);
      expect(record.status).toBe(200);
    } finally {
      await face.stop();
    }
    expect(face.output()).not.toMatch(/read-only transaction|cannot execute/);
  });
});
