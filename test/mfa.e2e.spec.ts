import { totpCodeAt } from '@kyodo/identity';
import {
  ADMIN,
  ApiClient,
  createMunicipality,
  FIXTURE_PASSWORD,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';

const STEP_MS = 30_000;

/** Plays the person's authenticator app: sets one up for `client` and keeps its secret. */
async function enrol(client: ApiClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await must(client.post('/api/v1/me/mfa/totp', {}));
  expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\/Kyodo:/);
  expect(started.qrCodeSvg).toContain('<svg');
  const { recoveryCodes } = await must(
    client.post('/api/v1/me/mfa/totp/confirm', { code: totpCodeAt(started.secret, new Date()) }),
  );
  return { secret: started.secret, recoveryCodes };
}

/**
 * Two-step sign-in (issue 19, item 4): a person sets up an authenticator app and signs in with its codes, a code is
 * accepted once, recovery codes work once each; a municipality requires it of its staff and not of groups; an
 * administrator resets it; the platform operator needs it by default.
 */
describe(`two-step sign-in on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let api: ApiClient;
  let x: MunicipalityFixture;
  const login = (email: string, password: string, secondFactor?: string) =>
    api.post('/api/v1/auth/login', { email, password, ...(secondFactor === undefined ? {} : { secondFactor }) });

  beforeAll(async () => {
    system = await startSystem();
    api = new ApiClient(system.baseUrl);
    x = await createMunicipality(api, '藤沢市');
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('enrols an app, then signs in only with a fresh code or an unused recovery code', async () => {
    const person = await x.addUser('totp-user', x.groupAId, 'proposer');
    expect(await must(person.client.get('/api/v1/me/mfa'))).toEqual({
      enrolled: false,
      required: false,
      recoveryCodesLeft: 0,
    });
    const started = await must(person.client.post('/api/v1/me/mfa/totp', {}));
    const wrong = await person.client.post('/api/v1/me/mfa/totp/confirm', {
      code: totpCodeAt(started.secret, new Date(Date.now() + 10 * STEP_MS)),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('code');
    const { recoveryCodes } = await must(
      person.client.post('/api/v1/me/mfa/totp/confirm', { code: totpCodeAt(started.secret, new Date()) }),
    );
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await person.client.post('/api/v1/me/mfa/totp', {})).body.code).toBe('mfa_already_enrolled');

    // The password alone is no longer enough; the answer says so only once the password was right.
    expect((await login(person.email, 'wrong-password')).body.code).toBe('invalid_credentials');
    const passwordOnly = await login(person.email, FIXTURE_PASSWORD);
    expect([passwordOnly.status, passwordOnly.body.code]).toEqual([401, 'mfa_code_required']);
    expect((await login(person.email, FIXTURE_PASSWORD, '000000')).body.code).toBe('invalid_mfa_code');

    // The confirming code's step is used up; the next step's code works once.
    const next = totpCodeAt(started.secret, new Date(Date.now() + STEP_MS));
    expect((await login(person.email, FIXTURE_PASSWORD, next)).status).toBe(200);
    expect((await login(person.email, FIXTURE_PASSWORD, next)).body.code).toBe('invalid_mfa_code');

    // A recovery code, typed in capitals with a space, works once.
    const typed = recoveryCodes[0]!.toUpperCase().replace('-', ' ');
    expect((await login(person.email, FIXTURE_PASSWORD, typed)).status).toBe(200);
    expect((await login(person.email, FIXTURE_PASSWORD, recoveryCodes[0])).body.code).toBe('invalid_mfa_code');
    expect((await must(person.client.get('/api/v1/me/mfa'))).recoveryCodesLeft).toBe(9);

    // Turning it off asks for the password again; then the password alone signs in.
    const badOff = await person.client.post('/api/v1/me/mfa/disable', { password: 'not-it' });
    expect(badOff.status).toBe(400);
    expect((await person.client.post('/api/v1/me/mfa/disable', { password: FIXTURE_PASSWORD })).status).toBe(204);
    expect((await login(person.email, FIXTURE_PASSWORD)).status).toBe(200);
  });

  it('a municipality requires it of staff, not of groups; an administrator resets a lost phone', async () => {
    const refused = await x.admin.put('/api/v1/municipality-settings/security', { mfaRequiredForStaff: true });
    expect([refused.status, refused.body.code]).toEqual([422, 'mfa_enrol_first']);
    await enrol(x.admin);
    expect(await must(x.admin.put('/api/v1/municipality-settings/security', { mfaRequiredForStaff: true }))).toEqual({
      mfaRequiredForStaff: true,
    });

    // The reviewer's open sign-in now reaches only who-am-I and enrolment.
    const blocked = await x.reviewer.get('/api/v1/calls');
    expect([blocked.status, blocked.body.code]).toEqual([403, 'mfa_enrollment_required']);
    expect((await must(x.reviewer.get('/api/v1/me'))).mfaEnrollmentRequired).toBe(true);
    expect((await x.proposerA.get('/api/v1/calls')).status).toBe(200);
    const reviewerApp = await enrol(x.reviewer);
    expect((await x.reviewer.get('/api/v1/calls')).status).toBe(200);
    const off = await x.reviewer.post('/api/v1/me/mfa/disable', { password: FIXTURE_PASSWORD });
    expect([off.status, off.body.code]).toEqual([422, 'mfa_required_by_policy']);
    expect(reviewerApp.recoveryCodes).toHaveLength(10);

    // Another municipality's administrator cannot touch this reviewer.
    const y = await createMunicipality(api, '茅ヶ崎市');
    expect((await y.admin.post(`/api/v1/users/${x.reviewerId}/mfa/reset`, {})).status).toBe(404);
    expect((await x.proposerA.post(`/api/v1/users/${x.reviewerId}/mfa/reset`, {})).status).toBe(403);

    expect((await x.admin.post(`/api/v1/users/${x.reviewerId}/mfa/reset`, {})).status).toBe(204);
    expect((await x.reviewer.get('/api/v1/me')).status).toBe(401);
    const again = await api.login(x.emailOf('reviewer'), FIXTURE_PASSWORD);
    expect((await again.get('/api/v1/calls')).body.code).toBe('mfa_enrollment_required');
  });

  it('the platform operator must enrol by default before doing anything else', async () => {
    const strict = await startSystem({ OPERATOR_MFA_REQUIRED: 'true' });
    try {
      const client = new ApiClient(strict.baseUrl);
      const operator = await client.login(ADMIN.email, ADMIN.password);
      const blocked = await operator.post('/api/v1/municipalities', {
        code: 'm-mfa',
        nameJa: '逗子市',
        nameEn: 'Zushi',
      });
      expect([blocked.status, blocked.body.code]).toEqual([403, 'mfa_enrollment_required']);
      const { secret } = await enrol(operator);
      const signedIn = await client.post('/api/v1/auth/login', {
        email: ADMIN.email,
        password: ADMIN.password,
        secondFactor: totpCodeAt(secret, new Date(Date.now() + STEP_MS)),
      });
      expect(signedIn.status).toBe(200);
      const created = await client
        .as(signedIn.body.accessToken)
        .post('/api/v1/municipalities', { code: 'm-mfa', nameJa: '逗子市', nameEn: 'Zushi' });
      expect(created.status).toBe(201);
    } finally {
      await strict.stop();
    }
  });
});
