import { randomBytes } from 'node:crypto';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  FIXTURE_PASSWORD,
  must,
  move,
  type MunicipalityFixture,
  type RunningSystem,
  type SmtpSink,
  startSmtpSink,
  smallRubric,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

const NEW_PASSWORD = 'a-new-password-of-mine';

/**
 * Accounts a municipality runs on its own (issue 19): a person changes their password and their other sign-ins end;
 * an initial password must be changed before anything else works; a forgotten password is reset from the e-mail in
 * a real SMTP sink; an administrator deactivates a reviewer and the reviewer's next request is refused.
 */
describe(`accounts on ${TEST_DB}`, () => {
  let sink: SmtpSink;
  let system: RunningSystem;
  let api: ApiClient;
  let x: MunicipalityFixture;
  const signIn = async (email: string, password: string) => {
    const answer = await api.post('/api/v1/auth/login', { email, password });
    return { status: answer.status, client: answer.status === 200 ? api.as(answer.body.accessToken) : null };
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    system = await startSystem({ SMTP_URL: sink.url, KYODO_QUEUE_PREFIX: `a${randomBytes(4).toString('hex')}` });
    api = new ApiClient(system.baseUrl);
    x = await createMunicipality(api, '鎌倉市');
  });

  afterAll(async () => {
    await system?.stop();
    await sink?.stop();
  });

  it('changes a password: the current one is asked again, and every other sign-in ends', async () => {
    const person = await x.addUser('changer', x.groupAId, 'proposer');
    const other = (await signIn(person.email, FIXTURE_PASSWORD)).client!;
    const here = (await signIn(person.email, FIXTURE_PASSWORD)).client!;
    const sessions = await must(here.get('/api/v1/me/sessions'));
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(sessions.length).toBeGreaterThanOrEqual(3);

    const wrong = await here.post('/api/v1/me/password', {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const weak = await here.post('/api/v1/me/password', { currentPassword: FIXTURE_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('newPassword');
    expect((await other.get('/api/v1/me')).status).toBe(200);

    const changed = await here.post('/api/v1/me/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect((await here.get('/api/v1/me')).status).toBe(200);
    expect((await other.get('/api/v1/me')).status).toBe(401);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(person.email, FIXTURE_PASSWORD)).status).toBe(401);
    expect((await signIn(person.email, NEW_PASSWORD)).status).toBe(200);
    const account = await must(here.get('/api/v1/me/account'));
    expect(account.passwordChangedAt).not.toBeNull();
  });

  it('ends one sign-in from the list, and not another person’s', async () => {
    const person = await x.addUser('devices', x.groupAId, 'proposer');
    const laptop = (await signIn(person.email, FIXTURE_PASSWORD)).client!;
    const mine = await must(person.client.get('/api/v1/me/sessions'));
    const laptopFamily = (await must(laptop.get('/api/v1/me/sessions'))).find((s: { current: boolean }) => s.current);
    expect(mine.map((s: { familyId: string }) => s.familyId)).toContain(laptopFamily.familyId);
    // Someone else cannot end it: it is not theirs to know of.
    expect((await x.proposerB.request('DELETE', `/api/v1/me/sessions/${laptopFamily.familyId}`)).status).toBe(404);
    expect((await laptop.get('/api/v1/me')).status).toBe(200);
    expect((await person.client.request('DELETE', `/api/v1/me/sessions/${laptopFamily.familyId}`)).status).toBe(204);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
  });

  it('holds an account on its initial password to changing it', async () => {
    const email = `initial-${randomBytes(3).toString('hex')}@kyodo.test`;
    const created = await must(
      x.admin.post('/api/v1/users', {
        email,
        displayName: '初期 花子',
        password: FIXTURE_PASSWORD,
        locale: 'ja',
        mustChangePassword: true,
      }),
    );
    expect(created.mustChangePassword).toBe(true);
    await must(x.admin.post(`/api/v1/organizations/${x.groupAId}/members`, { userId: created.id, role: 'proposer' }));
    const person = (await signIn(email, FIXTURE_PASSWORD)).client!;
    const me = await must(person.get('/api/v1/me'));
    expect(me.passwordChangeRequired).toBe(true);
    const refused = await person.get(`/api/v1/calls`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('password_change_required');
    await must(person.post('/api/v1/me/password', { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD }));
    expect((await must(person.get('/api/v1/me'))).passwordChangeRequired).toBeUndefined();
    expect((await person.get('/api/v1/calls')).status).toBe(200);
    const listed = (await must(x.admin.get('/api/v1/users'))).find((u: { id: string }) => u.id === created.id);
    expect(listed.mustChangePassword).toBe(false);
  });

  it('resets a forgotten password from the e-mailed link, once', async () => {
    const person = await x.addUser('forgetful', x.groupAId, 'proposer');
    // The same answer for an address with no account, and no e-mail for it.
    expect(
      (await api.post('/api/v1/auth/password-reset', { email: `nobody-${randomBytes(3).toString('hex')}@kyodo.test` }))
        .status,
    ).toBe(202);
    expect((await api.post('/api/v1/auth/password-reset', { email: person.email.toUpperCase() })).status).toBe(202);
    await waitFor(async () => sink.to(person.email).length >= 1, 20_000);
    const [mail] = sink.to(person.email);
    expect(mail!.subject).toBe('【Kyodo】パスワードの再設定');
    const token = /\/password-reset\/([A-Za-z0-9_-]+)/.exec(mail!.text ?? '')![1]!;

    const weak = await api.post('/api/v1/auth/password-reset/confirm', { token, newPassword: 'short' });
    expect(weak.status).toBe(400);
    const forged = await api.post('/api/v1/auth/password-reset/confirm', {
      token: `${token}x`,
      newPassword: NEW_PASSWORD,
    });
    expect(forged.status).toBe(422);
    expect(forged.body.code).toBe('invalid_reset_link');

    expect((await api.post('/api/v1/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD })).status).toBe(
      204,
    );
    // Every sign-in of the account ended; the link is used up.
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(person.email, NEW_PASSWORD)).status).toBe(200);
    const again = await api.post('/api/v1/auth/password-reset/confirm', {
      token,
      newPassword: 'yet-another-password-1',
    });
    expect(again.status).toBe(422);
  });

  it('lets an administrator deactivate a reviewer, whose next request is refused, and reactivate them', async () => {
    const reviewer = await x.addUser('leaving', x.secretariatOrgId, 'reviewer');
    expect((await reviewer.client.get('/api/v1/me')).status).toBe(200);
    const self = await x.admin.post(`/api/v1/users/${(await must(x.admin.get('/api/v1/me'))).userId}/deactivate`);
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('cannot_remove_own_access');
    // Another municipality's administrator does not find the user.
    const elsewhere = await createMunicipality(api, '逗子市');
    expect((await elsewhere.admin.post(`/api/v1/users/${reviewer.id}/deactivate`)).status).toBe(404);

    // An open sheet of theirs, which the secretariat must see flagged once they are deactivated.
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
    const proposal = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: '審査担当者の交代',
        content: completeProposalContent(),
      }),
    );
    await move(x.proposerA, proposal.id, 'SUBMIT');
    await move(x.secretariat, proposal.id, 'ACCEPT');
    await must(
      x.secretariat.post(`/api/v1/proposals/${proposal.id}/assignments`, {
        reviewerIds: [reviewer.id],
        stage: 'document',
      }),
    );
    const flagOf = async () =>
      (await must(x.secretariat.get(`/api/v1/proposals/${proposal.id}/assignments`))).find(
        (a: { reviewerId: string }) => a.reviewerId === reviewer.id,
      ).reviewerActive;
    expect(await flagOf()).toBe(true);

    const before = await must(x.admin.get('/api/v1/admin/audit/verify'));
    const off = await must(x.admin.post(`/api/v1/users/${reviewer.id}/deactivate`));
    expect(off.active).toBe(false);
    expect(await flagOf()).toBe(false);
    expect((await reviewer.client.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(reviewer.email, FIXTURE_PASSWORD)).status).toBe(401);
    const on = await must(x.admin.post(`/api/v1/users/${reviewer.id}/reactivate`));
    expect(on.active).toBe(true);
    expect((await signIn(reviewer.email, FIXTURE_PASSWORD)).status).toBe(200);

    const removed = await must(
      x.admin.post(`/api/v1/users/${reviewer.id}/roles/remove`, {
        role: 'reviewer',
        organizationId: x.secretariatOrgId,
      }),
    );
    expect(removed.roles).toEqual([]);
    const twice = await x.admin.post(`/api/v1/users/${reviewer.id}/roles/remove`, {
      role: 'reviewer',
      organizationId: x.secretariatOrgId,
    });
    expect(twice.status).toBe(404);
    // Deactivated, reactivated, role removed: three entries in the municipality's chain, which still verifies.
    const after = await must(x.admin.get('/api/v1/admin/audit/verify'));
    expect(after.entries - before.entries).toBe(3);
    expect(after.breaks).toEqual([]);
  });

  it('takes a member off a committee: the committee role goes with the seat', async () => {
    const member = await x.addUser('outgoing-member', x.secretariatOrgId, 'reviewer');
    await must(x.admin.post(`/api/v1/committees/${x.committeeId}/members`, { userId: member.id, position: 'member' }));
    const roles = async () =>
      (await must(x.admin.get('/api/v1/users'))).find((u: { id: string }) => u.id === member.id).roles as string[];
    expect(await roles()).toContain('committee_member');
    // The committee role is not removed on its own: the seat is.
    const direct = await x.admin.post(`/api/v1/users/${member.id}/roles/remove`, { role: 'committee_member' });
    expect(direct.status).toBe(422);
    expect(direct.body.code).toBe('committee_role_on_committee_page');
    expect(
      (await x.secretariat.request('DELETE', `/api/v1/committees/${x.committeeId}/members/${member.id}`)).status,
    ).toBe(403);
    expect((await x.admin.request('DELETE', `/api/v1/committees/${x.committeeId}/members/${member.id}`)).status).toBe(
      204,
    );
    expect(await roles()).toEqual(['reviewer']);
    const committees = await must(x.admin.get('/api/v1/committees'));
    const seats = committees.find((c: { id: string }) => c.id === x.committeeId).members as Array<{ userId: string }>;
    expect(seats.map((s) => s.userId)).not.toContain(member.id);
    expect((await x.admin.request('DELETE', `/api/v1/committees/${x.committeeId}/members/${member.id}`)).status).toBe(
      404,
    );
  });

  it('changes one’s e-mail address only through the link sent to the new one', async () => {
    const person = await x.addUser('moving', x.groupAId, 'proposer');
    const newEmail = `moved-${randomBytes(3).toString('hex')}@kyodo.test`;
    const wrong = await person.client.post('/api/v1/me/email', { newEmail, currentPassword: 'not-my-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const same = await person.client.post('/api/v1/me/email', {
      newEmail: person.email,
      currentPassword: FIXTURE_PASSWORD,
    });
    expect(same.status).toBe(400);
    expect(same.body.errors[0].field).toBe('newEmail');

    expect(
      (
        await person.client.post('/api/v1/me/email', {
          newEmail: newEmail.toUpperCase(),
          currentPassword: FIXTURE_PASSWORD,
        })
      ).status,
    ).toBe(202);
    await waitFor(async () => sink.to(newEmail).length >= 1, 20_000);
    const [mail] = sink.to(newEmail);
    expect(mail!.subject).toBe('【Kyodo】メールアドレス変更の確認');
    // Nothing changes until the link is opened.
    expect((await must(person.client.get('/api/v1/me/account'))).email).toBe(person.email);
    const token = /\/email-change\/([A-Za-z0-9_-]+)/.exec(mail!.text ?? '')![1]!;
    const forged = await api.post('/api/v1/auth/email-change/confirm', { token: `${token}x` });
    expect(forged.status).toBe(422);
    expect(forged.body.code).toBe('invalid_email_change_link');

    expect(await must(api.post('/api/v1/auth/email-change/confirm', { token }))).toEqual({ email: newEmail });
    expect((await must(person.client.get('/api/v1/me/account'))).email).toBe(newEmail);
    expect((await signIn(person.email, FIXTURE_PASSWORD)).status).toBe(401);
    expect((await signIn(newEmail, FIXTURE_PASSWORD)).status).toBe(200);
    expect((await api.post('/api/v1/auth/email-change/confirm', { token })).status).toBe(422);
    // The old address hears of it, once, with no link in the notice.
    await waitFor(async () =>
      sink.to(person.email).some((m) => m.subject === '【Kyodo】メールアドレスが変更されました'),
    );
    const notices = sink.to(person.email).filter((m) => m.subject === '【Kyodo】メールアドレスが変更されました');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain(newEmail);
    expect(notices[0]!.text).not.toMatch(/https?:\/\//);

    // An address another account took meanwhile: refused, and the account keeps its own.
    const taken = await x.addUser('taken-target', x.groupAId, 'proposer');
    await must(person.client.post('/api/v1/me/email', { newEmail: taken.email, currentPassword: FIXTURE_PASSWORD }));
    await waitFor(async () => sink.to(taken.email).length >= 1, 20_000);
    const takenToken = /\/email-change\/([A-Za-z0-9_-]+)/.exec(sink.to(taken.email)[0]!.text ?? '')![1]!;
    const conflict = await api.post('/api/v1/auth/email-change/confirm', { token: takenToken });
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('email_taken');
    expect((await must(person.client.get('/api/v1/me/account'))).email).toBe(newEmail);
  });
});
