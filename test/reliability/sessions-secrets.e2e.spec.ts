import { createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';
import {
  ADMIN,
  ApiClient,
  type ApiResponse,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

/**
 * Issue 7, suite 7: sessions and secrets against the real API and worker.
 * Refresh-token families, expired and forged access tokens, login lockout
 * that does not reveal accounts, the password policy, security headers, CORS,
 * and logs at the most verbose level that carry no password, token, e-mail
 * address or phone number.
 */

const TTL_SECONDS = 30; // the smallest access-token lifetime the configuration accepts
const MAX_FAILURES = 3;
const WINDOW_SECONDS = 120;
const ALLOWED_ORIGIN = 'https://kyodo.city.example';
const JWT_SECRET = randomBytes(36).toString('base64url');

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A compact JWS made by hand, so a test can make any token an attacker could. */
function jws(header: Record<string, unknown>, payload: Record<string, unknown>, secret: string, hmac = 'sha256') {
  const input = `${b64url(header)}.${b64url(payload)}`;
  return `${input}.${createHmac(hmac, secret).update(input).digest('base64url')}`;
}
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));

describe(`sessions and secrets on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let api: ApiClient;
  let x: MunicipalityFixture;
  let checks = 0;
  let scanned = { bytes: 0, values: 0 };
  /** Everything that must never show up in a log line. */
  const secrets = new Set<string>([JWT_SECRET, ADMIN.password, 'fixture-password-1']);
  const tag = randomBytes(4).toString('hex');
  const user = { email: `sessions-${tag}@kyodo.test`, password: `Sasaki-${tag}-kinmokusei` };
  const contact = {
    name: '佐々木 花子',
    email: `hanako-${tag}@example.jp`,
    phone: `090-${randomInt(1000, 9999)}-7731`,
  };
  let userId: string;
  /** A login made at the start; it is past its lifetime by the last tests. */
  let early: { accessToken: string; refreshToken: string; accessTokenExpiresAt: string };

  const count = () => checks++;
  function expectProblem(response: ApiResponse, status: number, code?: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    if (code) expect(response.body.code).toBe(code);
    count();
  }
  const remember = <T extends { accessToken: string; refreshToken: string }>(pair: T): T => {
    secrets.add(pair.accessToken);
    secrets.add(pair.refreshToken);
    return pair;
  };
  const login = async (email: string, password: string) => {
    secrets.add(password);
    return api.post('/api/v1/auth/login', { email, password });
  };
  const me = (token: string) => api.get('/api/v1/me', { authorization: `Bearer ${token}` });
  const operator = () => api.login(ADMIN.email, ADMIN.password);

  beforeAll(async () => {
    system = await startSystem({
      ACCESS_TOKEN_TTL_SECONDS: String(TTL_SECONDS),
      LOGIN_MAX_FAILURES: String(MAX_FAILURES),
      LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS),
      CORS_ORIGINS: ALLOWED_ORIGIN,
      KYODO_JWT_SECRET: JWT_SECRET,
      LOG_LEVEL: 'trace',
    });
    api = new ApiClient(system.baseUrl);
    x = await createMunicipality(api);
    const created = await must(
      (await operator()).post('/api/v1/users', {
        municipalityId: x.municipalityId,
        email: user.email,
        displayName: '佐々木 一郎',
        password: user.password,
        locale: 'ja',
      }),
    );
    userId = created.id;
    await must((await operator()).post(`/api/v1/organizations/${x.groupAId}/members`, { userId, role: 'proposer' }));
    early = remember(await must(login(user.email, user.password)));
  }, 120_000);

  afterAll(async () => {
    console.log(
      `RELIABILITY sessions: checks=${checks} logBytesScanned=${scanned.bytes} valuesSought=${scanned.values}`,
    );
    await system?.stop();
  });

  it('rotates refresh tokens and revokes the whole family when a used one comes back', async () => {
    const first = remember(await must(login(user.email, user.password)));
    const other = remember(await must(login(user.email, user.password))); // another device: another family
    const second = remember(await must(api.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken })));
    expect((await me(second.accessToken)).status).toBe(200);
    count();
    // The first token comes back (stolen and replayed): refused, and the family is revoked.
    expectProblem(
      await api.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken }),
      401,
      'invalid_refresh_token',
    );
    expectProblem(
      await api.post('/api/v1/auth/refresh', { refreshToken: second.refreshToken }),
      401,
      'invalid_refresh_token',
    );
    expectProblem(await me(second.accessToken), 401, 'unauthenticated');
    expectProblem(await me(first.accessToken), 401, 'unauthenticated');
    // The login on the other device is a separate family and keeps working.
    expect((await me(other.accessToken)).status).toBe(200);
    const renewed = remember(await must(api.post('/api/v1/auth/refresh', { refreshToken: other.refreshToken })));
    count();
    // Logging out ends that family too: its access token and its refresh token stop at once.
    const logout = await api.post('/api/v1/auth/logout', {}, { authorization: `Bearer ${renewed.accessToken}` });
    expect(logout.status).toBe(204);
    expectProblem(await me(renewed.accessToken), 401, 'unauthenticated');
    expectProblem(
      await api.post('/api/v1/auth/refresh', { refreshToken: renewed.refreshToken }),
      401,
      'invalid_refresh_token',
    );
  });

  it('refuses forged access tokens with 401 problem+json, while the same token made honestly passes', async () => {
    const pair = remember(await must(login(user.email, user.password)));
    const claims = claimsOf(pair.accessToken);
    const now = Math.floor(Date.now() / 1000);
    const honest = jws({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now, exp: now + 60 }, JWT_SECRET);
    // The control: with the real secret and the real claims the API accepts a hand-made token.
    expect((await me(honest).then((r) => r.body)).userId).toBe(userId);
    count();
    const operatorId = (await (await operator()).get('/api/v1/me')).body.userId;
    const [header, payload, signature] = pair.accessToken.split('.') as [string, string, string];
    const forged: Record<string, string> = {
      'wrong secret': jws({ alg: 'HS256', typ: 'JWT' }, claims, randomBytes(36).toString('base64url')),
      'altered signature': `${header}.${payload}.${signature.slice(0, -4)}${signature.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`,
      'no signature': `${header}.${payload}.`,
      'alg none': `${b64url({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      'alg none, payload of the operator': `${b64url({ alg: 'none' })}.${b64url({ ...claims, sub: operatorId })}.`,
      'edited payload, original signature': `${header}.${b64url({ ...claims, sub: operatorId })}.${signature}`,
      'HS512 with the real secret': jws({ alg: 'HS512', typ: 'JWT' }, claims, JWT_SECRET, 'sha512'),
      'expired, real secret': jws({ alg: 'HS256' }, { ...claims, iat: now - 120, exp: now - 60 }, JWT_SECRET),
      'wrong audience, real secret': jws({ alg: 'HS256' }, { ...claims, aud: 'someone-else' }, JWT_SECRET),
      'wrong issuer, real secret': jws({ alg: 'HS256' }, { ...claims, iss: 'attacker' }, JWT_SECRET),
      'unknown session, real secret': jws({ alg: 'HS256' }, { ...claims, sid: randomUUID() }, JWT_SECRET),
      'not a JWT': 'not-a-token',
    };
    for (const [what, token] of Object.entries(forged)) {
      const response = await me(token);
      expect({ what, status: response.status }).toEqual({ what, status: 401 });
      expectProblem(response, 401, 'unauthenticated');
      expect(JSON.stringify(response.body)).not.toContain(token);
    }
    for (const authorization of ['Basic b3BlcmF0b3I6cGFzcw==', 'Bearer', `bearer ${pair.accessToken}x`]) {
      expectProblem(await api.get('/api/v1/me', { authorization }), 401, 'unauthenticated');
    }
  });

  it('locks an account after LOGIN_MAX_FAILURES with 429 and Retry-After, the same whether it exists or not', async () => {
    const exists = (await must(
      (await operator()).post('/api/v1/users', {
        municipalityId: x.municipalityId,
        email: `locked-${tag}@kyodo.test`,
        displayName: '施錠 試験',
        password: `Locked-${tag}-hinoki-1`,
        locale: 'ja',
      }),
    )) as { email: string };
    const ghost = `nobody-${tag}@kyodo.test`;
    const comparable = (r: ApiResponse) => ({
      status: r.status,
      // The request's own id, and the seconds left, which tick between the two requests.
      body: { ...r.body, requestId: undefined, instance: undefined, retryAfterSeconds: undefined },
      retryAfter: r.headers.get('retry-after') !== null,
    });
    for (let attempt = 1; attempt <= MAX_FAILURES + 1; attempt++) {
      const real = await login(exists.email, `wrong-${attempt}-password`);
      const unknown = await login(ghost, `wrong-${attempt}-password`);
      expect(comparable(unknown)).toEqual(comparable(real));
      expectProblem(real, attempt <= MAX_FAILURES ? 401 : 429);
    }
    // Locked now: even the right password is refused, in the same words as for an unknown address.
    const right = await login(exists.email, `Locked-${tag}-hinoki-1`);
    expectProblem(right, 429, 'too_many_login_attempts');
    expect(comparable(right)).toEqual(comparable(await login(ghost, 'whatever-password')));
    // It says how long, from the limiter's window (LOGIN_WINDOW_SECONDS, 120 here), in both languages.
    expect(right.body.title).toContain('2分');
    const english = await api.post(
      '/api/v1/auth/login',
      { email: exists.email, password: 'whatever-password' },
      { 'accept-language': 'en' },
    );
    expectProblem(english, 429, 'too_many_login_attempts');
    expect(english.body.title).toContain('2 minutes');
    const retryAfter = Number(right.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= WINDOW_SECONDS).toBe(true);
    // Case does not open a second window; other accounts are not affected.
    expectProblem(await login(exists.email.toUpperCase(), 'wrong-password-x'), 429, 'too_many_login_attempts');
    expect((await login(user.email, user.password)).status).toBe(200);
    count();
  });

  it('enforces the password policy on user creation, in Japanese and in English', async () => {
    const jaOperator = await operator();
    const english = `policy-admin-${tag}@kyodo.test`;
    const admin = await must(
      jaOperator.post('/api/v1/users', {
        municipalityId: x.municipalityId,
        email: english,
        displayName: 'Policy Admin',
        password: `Policy-${tag}-sakura-2`,
        locale: 'en',
      }),
    );
    await must(
      jaOperator.post(`/api/v1/organizations/${x.secretariatOrgId}/members`, { userId: admin.id, role: 'admin' }),
    );
    const enAdmin = await api.login(english, `Policy-${tag}-sakura-2`);
    const email = `new-member-${tag}@kyodo.test`;
    const attempt = (client: ApiClient, password: string) =>
      client.post('/api/v1/users', {
        municipalityId: x.municipalityId,
        email,
        displayName: '新規 会員',
        password,
        locale: 'ja',
      });
    const cases: Array<[string, string, RegExp, RegExp]> = [
      ['short-pw-1', 'too short', /12文字以上/, /at least 12 characters/],
      ['', 'empty', /12文字以上/, /at least 12 characters/],
      [email, 'the e-mail address', /メールアドレス/, /e-mail address/],
      [email.toUpperCase(), 'the e-mail address in capitals', /メールアドレス/, /e-mail address/],
      ['Password1234', 'a common password', /よく使われ/, /too common/],
      ['123456789012', 'a common password', /よく使われ/, /too common/],
    ];
    for (const [password, what, ja, en] of cases) {
      secrets.add(password);
      for (const [client, pattern] of [
        [jaOperator, ja],
        [enAdmin, en],
      ] as const) {
        const response = await attempt(client, password);
        expectProblem(response, 400, 'validation_failed');
        const messages = response.body.errors?.find((e: { field: string }) => e.field === 'password')?.messages ?? [];
        expect({ what, messages: messages.join(' ') }).toEqual({ what, messages: expect.stringMatching(pattern) });
      }
    }
    // Nothing was created by the refused attempts: the address is still free.
    const accepted = await attempt(jaOperator, `Shinki-${tag}-keyaki-3`);
    expect(accepted.status).toBe(201);
    count();
  });

  it('sends the security headers on every kind of response', async () => {
    const token = remember(await must(login(user.email, user.password))).accessToken;
    const responses = await Promise.all([
      fetch(`${system.baseUrl}/health/live`),
      fetch(`${system.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } }),
      fetch(`${system.baseUrl}/api/v1/me`),
      fetch(`${system.baseUrl}/api/v1/no-such-route`),
      fetch(`${system.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
    ]);
    for (const response of responses) {
      const h = response.headers;
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('x-frame-options') ?? h.get('content-security-policy')?.match(/frame-ancestors[^;]*/)?.[0]).toMatch(
        /SAMEORIGIN|DENY|frame-ancestors 'none'|frame-ancestors 'self'/i,
      );
      expect(Number(h.get('strict-transport-security')?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(
        31_536_000,
      );
      expect(h.get('referrer-policy')).toMatch(/no-referrer|same-origin|strict-origin/);
      expect(h.get('x-powered-by')).toBeNull();
      count();
    }
  });

  it('answers CORS for the configured origin only', async () => {
    const simple = (origin: string) => fetch(`${system.baseUrl}/health/live`, { headers: { origin } });
    const preflight = (origin: string) =>
      fetch(`${system.baseUrl}/api/v1/auth/login`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await simple(ALLOWED_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect((await preflight(ALLOWED_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    for (const origin of [
      'https://evil.example',
      'null',
      `${ALLOWED_ORIGIN}.evil.example`,
      'http://kyodo.city.example',
    ]) {
      expect({ origin, allowed: (await simple(origin)).headers.get('access-control-allow-origin') }).toEqual({
        origin,
        allowed: null,
      });
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
      count();
    }
  });

  it('expires access tokens after ACCESS_TOKEN_TTL_SECONDS; the refresh token still renews the login', async () => {
    expect((await me(early.accessToken)).status).toBe(200); // still valid, or the test below proves nothing
    const expiry = new Date(early.accessTokenExpiresAt).getTime();
    expect(expiry - Date.now()).toBeLessThanOrEqual(TTL_SECONDS * 1000);
    await waitFor(async () => Date.now() > expiry + 1000, (TTL_SECONDS + 5) * 1000, 250);
    expectProblem(await me(early.accessToken), 401, 'unauthenticated');
    const renewed = remember(await must(api.post('/api/v1/auth/refresh', { refreshToken: early.refreshToken })));
    expect((await me(renewed.accessToken)).status).toBe(200);
    count();
  }, 60_000);

  it('logs no password, token, e-mail address or phone number at the most verbose level', async () => {
    // The worker handles personal data too: a submitted proposal notifies people by e-mail.
    const proposer = await api.login(user.email, user.password);
    const proposal = await must(
      proposer.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: '多世代がつながる地域食堂',
        content: completeProposalContent({ contactPerson: contact }),
      }),
    );
    await move(proposer, proposal.id, 'SUBMIT');
    await login(user.email, 'a-near-miss-of-the-password');
    const inbox = await api.login(user.email, user.password);
    await waitFor(async () => (await inbox.get('/api/v1/me/notifications')).body?.items?.length > 0, 30_000, 200);
    const output = system.output();
    // Sanity: the verbose level is on (request lines are logged), so silence is not mistaken for safety.
    expect(output).toMatch(/request completed/);
    const personal = [
      user.email,
      contact.email,
      contact.phone,
      ADMIN.email,
      ...['secretariat', 'proposer-a', 'admin'].map((name) => x.emailOf(name)),
    ];
    const leaked = [...secrets, ...personal].filter((value) => value.length >= 8 && output.includes(value));
    const jwtLike = output.match(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]*/g) ?? [];
    const emailLike = (output.match(/[\w.%+-]+@[\w-]+(\.[\w-]+)+/g) ?? []).filter((e) => !e.startsWith('no-reply@'));
    expect({ leaked, jwtLike, emailLike }).toEqual({ leaked: [], jwtLike: [], emailLike: [] });
    scanned = { bytes: output.length, values: secrets.size + personal.length };
    count();
  }, 60_000);
});
