import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  ApiClient,
  createMunicipality,
  type MunicipalityFixture,
  type PublicFace,
  type RunningSystem,
  startPublicFace,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';

/** Tables the public face has no business reading: accounts and their secrets. */
const NOT_FOR_THE_PUBLIC_FACE = [
  'users',
  'refresh_tokens',
  'login_failures',
  'password_resets',
  'email_changes',
  'totp_factors',
  'recovery_codes',
  'idempotency_keys',
];

const ANY_ID = '5f0c6f0e-2b8e-4c1b-9a57-9d3c4f1b2a10';

interface Operation {
  method: string;
  path: string;
}

const operationsOf = (document: { paths: Record<string, Record<string, unknown>> }): Operation[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
const isPublic = (path: string) => path.startsWith('/api/v1/public/') || path.startsWith('/health/');

/**
 * The public and staff faces (issue 20, item 6): an API process started with API_FACE=public on a read-only database
 * role without the account tables serves the portal's reads as the staff face does, and no staff route answers on
 * it — every operation of the staff face's document is 404 there, with or without a token; nor are the signed-in
 * pages served.
 */
describe(`the public face beside the staff face on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let admin: Client;
  let publicFace: ApiClient;
  let face: PublicFace | undefined;
  const role = `kyodo_public_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const queuePrefix = `f${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    system = await startSystem({ LOG_LEVEL: 'error', KYODO_QUEUE_PREFIX: queuePrefix });
    x = await createMunicipality(new ApiClient(system.baseUrl), '小田原市');
    // The role the public face connects as: it reads, never writes, and cannot see the accounts.
    admin = new Client({ connectionString: system.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await admin.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`);
    await admin.query(`REVOKE ALL ON ${NOT_FOR_THE_PUBLIC_FACE.join(', ')} FROM ${role}`);
    await admin.query(`ALTER ROLE ${role} SET default_transaction_read_only = on`);
    face = await startPublicFace({ databaseUrl: roleUrl(), redisUrl: system.redisUrl!, queuePrefix });
    publicFace = face.client;
  });

  afterAll(async () => {
    await face?.stop();
    if (admin) {
      await admin.query(`DROP OWNED BY ${role}`);
      await admin.query(`DROP ROLE ${role}`);
      await admin.end();
    }
    await system?.stop();
  });

  it('serves the portal’s reads from a read-only role as the staff face serves them', async () => {
    const refused = new Client({ connectionString: roleUrl() });
    await refused.connect();
    await expect(refused.query(`SELECT count(*) FROM users`)).rejects.toThrow(/permission denied/);
    await expect(refused.query(`UPDATE municipalities SET name_en = name_en`)).rejects.toThrow(/read-only/);
    await refused.end();

    // Ready as a load balancer asks it: the database answers the read-only role, and the workers answer the canary.
    expect((await publicFace.get('/health/ready')).status).toBe(200);
    const staff = new ApiClient(system.baseUrl);
    for (const path of ['/api/v1/public/municipalities', `/api/v1/public/municipalities/${x.municipalityCode}`]) {
      const there = await publicFace.get(path);
      expect(there.status).toBe(200);
      expect(there.body).toEqual((await staff.get(path)).body);
    }
  });

  it('answers 404 to every staff operation, signed in or not, and documents only the public ones', async () => {
    const staffDocument = (await new ApiClient(system.baseUrl).get('/api/openapi.json')).body;
    const staffOperations = operationsOf(staffDocument).filter((o) => !isPublic(o.path));
    expect(staffOperations.length).toBeGreaterThan(100);
    const answered: string[] = [];
    for (const operation of staffOperations) {
      const path = operation.path.replace(/\{[^}]+\}/g, ANY_ID);
      for (const token of [undefined, x.admin.token]) {
        const response = await fetch(`${publicFace.baseUrl}${path}`, {
          method: operation.method,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(operation.method === 'GET' || operation.method === 'DELETE'
              ? {}
              : { 'content-type': 'application/json' }),
          },
          body: operation.method === 'GET' || operation.method === 'DELETE' ? undefined : '{}',
        });
        await response.arrayBuffer();
        if (response.status !== 404) answered.push(`${operation.method} ${operation.path}: ${response.status}`);
      }
    }
    expect(answered).toEqual([]);
    const publicDocument = (await publicFace.get('/api/openapi.json')).body;
    const documented = operationsOf(publicDocument);
    expect(documented.length).toBeGreaterThan(5);
    expect(documented.filter((o) => !isPublic(o.path))).toEqual([]);
    expect((await fetch(`${publicFace.baseUrl}/admin/queues`)).status).toBe(404);
  });

  it('serves the public pages, marked as the public face, and none of the signed-in ones', async () => {
    const home = await fetch(`${publicFace.baseUrl}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<meta name="kyodo-face" content="public">');
    expect((await fetch(`${publicFace.baseUrl}/calls`)).status).toBe(200);
    for (const page of ['/login', '/console/admin/users', '/review', '/account', '/workspace']) {
      expect({ page, status: (await fetch(`${publicFace.baseUrl}${page}`)).status }).toEqual({ page, status: 404 });
    }
    const staffLogin = await fetch(`${system.baseUrl}/login`);
    expect(staffLogin.status).toBe(200);
    expect(await staffLogin.text()).not.toContain('kyodo-face');
  });

  function roleUrl(): string {
    const url = new URL(system.databaseUrl!);
    url.username = role;
    url.password = password;
    return url.toString();
  }
});
