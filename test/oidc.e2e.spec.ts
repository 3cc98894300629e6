import { totpCodeAt } from '@kyodo/identity';
import {
  ApiClient,
  createMunicipality,
  FIXTURE_PASSWORD,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startOidcProvider,
  startSystem,
  TEST_DB,
  type TestOidcProvider,
} from '@kyodo/testing';

const CALLBACK = '/api/v1/auth/oidc/callback';

/** Cookies of one browser for one origin, as a browser keeps them between redirects. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, at), pair!.slice(at + 1)];
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

interface Walk {
  /** Kyodo's answer to the provider's redirect back. */
  callback: Response;
  /** The redirect back, to replay it. */
  callbackUrl: string;
  kyodoCookies: CookieJar;
}

/**
 * A browser's way through single sign-on, step by step: Kyodo's start, the provider's sign-in page (its login form
 * submitted as `account`), the provider's redirect back to Kyodo's callback.
 */
async function walk(baseUrl: string, municipalityCode: string, account: string): Promise<Walk> {
  const kyodoCookies = new CookieJar();
  const providerCookies = new CookieJar();
  const start = await fetch(`${baseUrl}/api/v1/auth/oidc/${municipalityCode}/start`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  kyodoCookies.take(start);
  let url = new URL(start.headers.get('location')!);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  const visit = async (target: URL, init: RequestInit = {}) => {
    const response = await fetch(target, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: providerCookies.header() },
    });
    providerCookies.take(response);
    return response;
  };
  let response = await visit(url);
  for (let hops = 0; hops < 10 && !url.href.startsWith(baseUrl); hops++) {
    if (response.status === 200) {
      // The provider's sign-in page: its form, filled in.
      const page = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)![1]!;
      url = new URL(action.replace(/&amp;/g, '&'), url);
      response = await visit(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: account, password: 'any' }).toString(),
      });
      continue;
    }
    expect([302, 303]).toContain(response.status);
    url = new URL(response.headers.get('location')!, url);
    if (url.href.startsWith(baseUrl)) break;
    response = await visit(url);
  }
  expect(url.pathname).toBe(CALLBACK);
  const callback = await fetch(url, { redirect: 'manual', headers: { cookie: kyodoCookies.header() } });
  return { callback, callbackUrl: url.href, kyodoCookies };
}

/** The one-time code of a successful callback (in the web address's fragment, never in a query). */
function handoffOf(callback: Response): string {
  expect(callback.status).toBe(302);
  const location = callback.headers.get('location')!;
  expect(location).toMatch(/^\/login\/sso#code=[A-Za-z0-9_-]{40,}$/);
  return location.split('#code=')[1]!;
}

async function problemOf(response: Response): Promise<{ status: number; code: string }> {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = (await response.json()) as { code: string };
  return { status: response.status, code: body.code };
}

/**
 * Single sign-on for staff (issue 19, item 5): a municipality's own OpenID provider, here a real `oidc-provider`
 * started by the test, signs its staff in (authorization code with PKCE); accounts are matched by verified e-mail
 * address, then by the provider's subject; groups keep passwords; another municipality's provider signs no one in
 * here.
 */
describe(`single sign-on with OpenID Connect on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let api: ApiClient;
  let x: MunicipalityFixture;
  let y: MunicipalityFixture;
  let provider: TestOidcProvider;

  const ssoSettings = (clientId: string, overrides: Record<string, unknown> = {}) => ({
    issuer: provider.issuer,
    clientId,
    clientSecret: `${clientId}-secret-value`,
    emailClaim: 'email',
    requireVerifiedEmail: true,
    labelJa: '市職員アカウント',
    labelEn: 'City staff account',
    enabled: true,
    ...overrides,
  });
  const exchange = (code: string) => api.post('/api/v1/auth/oidc/exchange', { code });

  beforeAll(async () => {
    system = await startSystem({}, { publicBaseUrlIsBaseUrl: true });
    api = new ApiClient(system.baseUrl);
    x = await createMunicipality(api, '鎌倉市');
    y = await createMunicipality(api, '藤沢市');
    const redirect_uris = [`${system.baseUrl}${CALLBACK}`];
    provider = await startOidcProvider(
      [
        { client_id: 'kyodo-x', client_secret: 'kyodo-x-secret-value', redirect_uris },
        { client_id: 'kyodo-y', client_secret: 'kyodo-y-secret-value', redirect_uris },
      ],
      {
        'staff-x': { email: x.emailOf('secretariat').toUpperCase(), email_verified: true },
        'unverified-x': { email: x.emailOf('reviewer'), email_verified: false },
        'group-x': { email: x.emailOf('proposer-a'), email_verified: true },
        'leaver-x': { email: x.emailOf('sso-leaver'), email_verified: true },
        'renamed-x': { email: 'someone-else@city.example', email_verified: true },
        'staff-y': { email: y.emailOf('secretariat'), email_verified: true },
        stranger: { email: 'nobody@city.example', email_verified: true },
      },
    );
  });

  afterAll(async () => {
    await provider?.stop();
    await system?.stop();
  });

  it('is set by the administrator only, never shows the client secret, and lists the button', async () => {
    expect((await x.secretariat.put('/api/v1/municipality-settings/sso', ssoSettings('kyodo-x'))).status).toBe(403);
    const before = await must(x.admin.get('/api/v1/municipality-settings/sso'));
    expect(before).toEqual({ provider: null, redirectUri: `${system.baseUrl}${CALLBACK}` });
    const missingSecret = await x.admin.put('/api/v1/municipality-settings/sso', {
      ...ssoSettings('kyodo-x'),
      clientSecret: undefined,
    });
    expect(missingSecret.status).toBe(400);
    for (const issuer of ['http://idp.city.example', 'ftp://127.0.0.1/', 'https://idp.example/?x=1', 'not a url']) {
      const refused = await x.admin.put('/api/v1/municipality-settings/sso', ssoSettings('kyodo-x', { issuer }));
      expect([refused.status, refused.body.code]).toEqual([400, 'validation_failed']);
    }
    const saved = await must(x.admin.put('/api/v1/municipality-settings/sso', ssoSettings('kyodo-x')));
    expect(saved.provider).toMatchObject({ issuer: provider.issuer, clientId: 'kyodo-x', enabled: true });
    expect(JSON.stringify(saved)).not.toContain('secret-value');
    // Saved again without a secret: the first one stays (the sign-ins below use it).
    await must(
      x.admin.put('/api/v1/municipality-settings/sso', { ...ssoSettings('kyodo-x'), clientSecret: undefined }),
    );
    await must(y.admin.put('/api/v1/municipality-settings/sso', ssoSettings('kyodo-y', { labelJa: '藤沢市職員' })));
    const options = await must(api.get('/api/v1/public/sign-in-options'));
    expect(options).toEqual(
      expect.arrayContaining([
        {
          municipalityCode: x.municipalityCode,
          municipalityNameJa: '鎌倉市',
          municipalityNameEn: expect.any(String),
          labelJa: '市職員アカウント',
          labelEn: 'City staff account',
        },
        expect.objectContaining({ municipalityCode: y.municipalityCode, labelJa: '藤沢市職員' }),
      ]),
    );
  });

  it('signs a staff member in by their verified address, once per code, and then by the subject', async () => {
    const first = await walk(system.baseUrl, x.municipalityCode, 'staff-x');
    const code = handoffOf(first.callback);
    // The cookie binding the sign-in to the browser is cleared.
    expect(first.callback.headers.getSetCookie().join()).toMatch(/kyodo_oidc=;/);
    const pair = await must(exchange(code));
    const me = await must(api.as(pair.accessToken).get('/api/v1/me'));
    expect(me).toMatchObject({ userId: x.secretariatUserId, municipalityId: x.municipalityId, roles: ['secretariat'] });
    expect((await exchange(code)).body.code).toBe('invalid_sso_handoff');
    expect((await exchange('a'.repeat(43))).body.code).toBe('invalid_sso_handoff');
    // The refresh token works like a password sign-in's.
    await must(api.post('/api/v1/auth/refresh', { refreshToken: pair.refreshToken }));

    // The link was recorded: an administrator relinks the person to another provider account, which signs in even
    // with an address Kyodo does not know; the old account no longer matches by address (it is linked elsewhere).
    const relinked = await x.admin.put(`/api/v1/users/${x.secretariatUserId}/sso-identity`, { subject: 'renamed-x' });
    expect(relinked.status).toBe(204);
    const renamed = await must(
      exchange(handoffOf((await walk(system.baseUrl, x.municipalityCode, 'renamed-x')).callback)),
    );
    expect((await must(api.as(renamed.accessToken).get('/api/v1/me'))).userId).toBe(x.secretariatUserId);
    const old = await walk(system.baseUrl, x.municipalityCode, 'staff-x');
    expect(await problemOf(old.callback)).toEqual({ status: 403, code: 'sso_no_staff_account' });
    // A subject is one person's: linking it to another is a conflict.
    const taken = await x.admin.put(`/api/v1/users/${x.reviewerId}/sso-identity`, { subject: 'renamed-x' });
    expect([taken.status, taken.body.code]).toEqual([409, 'sso_subject_taken']);
    expect((await x.admin.request('DELETE', `/api/v1/users/${x.secretariatUserId}/sso-identity`)).status).toBe(204);
    handoffOf((await walk(system.baseUrl, x.municipalityCode, 'staff-x')).callback);
  });

  it('refuses an unverified address, a group’s account, a deactivated one and one it does not know', async () => {
    const unverified = await walk(system.baseUrl, x.municipalityCode, 'unverified-x');
    expect(await problemOf(unverified.callback)).toEqual({ status: 403, code: 'sso_email_not_verified' });

    const group = await walk(system.baseUrl, x.municipalityCode, 'group-x');
    expect(await problemOf(group.callback)).toEqual({ status: 403, code: 'sso_no_staff_account' });
    // The group keeps its password.
    await must(api.post('/api/v1/auth/login', { email: x.emailOf('proposer-a'), password: FIXTURE_PASSWORD }));

    const leaver = await x.addUser('sso-leaver', x.departmentId, 'reviewer');
    await must(x.admin.post(`/api/v1/users/${leaver.id}/deactivate`, {}));
    const deactivated = await walk(system.baseUrl, x.municipalityCode, 'leaver-x');
    expect(await problemOf(deactivated.callback)).toEqual({ status: 403, code: 'sso_no_staff_account' });

    const stranger = await walk(system.baseUrl, x.municipalityCode, 'stranger');
    expect(await problemOf(stranger.callback)).toEqual({ status: 403, code: 'sso_no_staff_account' });
  });

  it('refuses a replayed callback, another browser, a forged state and the provider’s error, never with a 500', async () => {
    const done = await walk(system.baseUrl, x.municipalityCode, 'staff-x');
    handoffOf(done.callback);
    const replay = await fetch(done.callbackUrl, {
      redirect: 'manual',
      headers: { cookie: done.kyodoCookies.header() },
    });
    expect(await problemOf(replay)).toEqual({ status: 401, code: 'sso_failed' });

    // The provider's redirect back, opened in another browser (no cookie, or another sign-in's): refused, and the
    // state is used up, so the right browser cannot use it afterwards either.
    const elsewhere = await walk(system.baseUrl, x.municipalityCode, 'staff-x').then(async (w) => {
      const stolen = await fetch(w.callbackUrl, { redirect: 'manual' });
      return { stolen, w };
    });
    expect(await problemOf(elsewhere.stolen)).toEqual({ status: 401, code: 'sso_failed' });

    for (const query of [
      '',
      '?state=forged&code=abc',
      '?code=abc',
      `?state=${'x'.repeat(5000)}`,
      '?state=%00&code=%ff',
    ]) {
      const forged = await fetch(`${system.baseUrl}${CALLBACK}${query}`, {
        redirect: 'manual',
        headers: { cookie: 'kyodo_oidc=whatever' },
      });
      expect(forged.status).toBeLessThan(500);
      expect(await problemOf(forged)).toMatchObject({
        code: expect.stringMatching(/^(sso_failed|validation_failed)$/),
      });
    }

    // A state from this browser with a code the provider never issued.
    const started = await fetch(`${system.baseUrl}/api/v1/auth/oidc/${x.municipalityCode}/start`, {
      redirect: 'manual',
    });
    const jar = new CookieJar();
    jar.take(started);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const made = await fetch(
      `${system.baseUrl}${CALLBACK}?code=invented&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
      { redirect: 'manual', headers: { cookie: jar.header() } },
    );
    expect(await problemOf(made)).toEqual({ status: 401, code: 'sso_failed' });

    const unknown = await fetch(`${system.baseUrl}/api/v1/auth/oidc/no-such-town/start`, { redirect: 'manual' });
    expect(await problemOf(unknown)).toEqual({ status: 404, code: 'sso_not_configured' });
  });

  it('signs no one into another municipality: each provider finds users of its own municipality only', async () => {
    // Fujisawa's provider (the same directory here) knows the Kamakura secretariat's address: not a Fujisawa user.
    const acrossY = await walk(system.baseUrl, y.municipalityCode, 'staff-x');
    expect(await problemOf(acrossY.callback)).toEqual({ status: 403, code: 'sso_no_staff_account' });
    const acrossX = await walk(system.baseUrl, x.municipalityCode, 'staff-y');
    expect(await problemOf(acrossX.callback)).toEqual({ status: 403, code: 'sso_no_staff_account' });
    const own = await must(exchange(handoffOf((await walk(system.baseUrl, y.municipalityCode, 'staff-y')).callback)));
    expect((await must(api.as(own.accessToken).get('/api/v1/me'))).municipalityId).toBe(y.municipalityId);
  });

  it('asks no TOTP code of a sign-in through the provider, even where the municipality requires one', async () => {
    // Fujisawa requires a second factor of staff (its administrator set one up first); its secretariat has none.
    const adminFactor = await must(y.admin.post('/api/v1/me/mfa/totp', {}));
    await must(y.admin.post('/api/v1/me/mfa/totp/confirm', { code: totpCodeAt(adminFactor.secret, new Date()) }));
    await must(y.admin.put('/api/v1/municipality-settings/security', { mfaRequiredForStaff: true }));
    const password = await api.post('/api/v1/auth/login', {
      email: y.emailOf('secretariat'),
      password: FIXTURE_PASSWORD,
    });
    const passwordMe = await must(api.as(password.body.accessToken).get('/api/v1/me'));
    expect(passwordMe.mfaEnrollmentRequired).toBe(true);

    const sso = await must(exchange(handoffOf((await walk(system.baseUrl, y.municipalityCode, 'staff-y')).callback)));
    const me = await must(api.as(sso.accessToken).get('/api/v1/me'));
    expect(me.mfaEnrollmentRequired).toBeUndefined();
    expect((await api.as(sso.accessToken).get('/api/v1/calls')).status).toBe(200);

    // Turned off: the button goes, and a start is refused.
    await must(y.admin.put('/api/v1/municipality-settings/sso', { ...ssoSettings('kyodo-y'), enabled: false }));
    const options = await must(api.get('/api/v1/public/sign-in-options'));
    expect(options.map((o: { municipalityCode: string }) => o.municipalityCode)).not.toContain(y.municipalityCode);
    const off = await fetch(`${system.baseUrl}/api/v1/auth/oidc/${y.municipalityCode}/start`, { redirect: 'manual' });
    expect(await problemOf(off)).toEqual({ status: 404, code: 'sso_not_configured' });
    expect((await y.admin.request('DELETE', '/api/v1/municipality-settings/sso')).status).toBe(204);
    expect((await must(y.admin.get('/api/v1/municipality-settings/sso'))).provider).toBeNull();
  });
});
