import {
  ApiClient,
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
import { adoptedProposal, completedProject, endedProject, openCall } from './support/adopted-projects';

/**
 * 継続事業: a proposal continues an adopted one of its organisation from an earlier call whose project was carried out
 * (libs/partnership's records: agreement concluded and the project ended, or its results report accepted), one live
 * continuation at a time, within the call's cap on consecutive years; reviewers see last year's published record only
 * once their own sheet is in.
 */
describe(`continuation (継続事業) over HTTP on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let first: string; // 2024, year 1
  let second: string; // 2025, year 2, continuing `first`
  let call2027: string; // cap 3

  const draftIn = (client: ApiClient, callId: string, organizationId: string, predecessorId: string | null) =>
    client.post(`/api/v1/calls/${callId}/proposals`, {
      organizationId,
      title: '子ども食堂の継続',
      predecessorId,
      content: completeProposalContent(),
    });
  const withdraw = (id: string) => move(x.proposerA, id, 'WITHDRAW', { reason: '別の提案で出し直すため。' });
  const proposalsIn = async (client: ApiClient, callId: string) =>
    (await must(client.get(`/api/v1/proposals?callId=${callId}&limit=100`))).items.length as number;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '鎌倉市');
    const call2024 = await openCall(x, 2024, { continuationAllowed: true, continuationMaxYears: 3 });
    const call2025 = await openCall(x, 2025, { continuationAllowed: true, continuationMaxYears: 3 });
    call2027 = await openCall(x, 2027, { continuationAllowed: true, continuationMaxYears: 3 });
    first = await adoptedProposal(x, call2024, '多世代食堂（初年度）');
    await endedProject(x, first);
    second = await adoptedProposal(
      x,
      call2025,
      '多世代食堂（2年目）',
      first,
      '初年度の実績を踏まえ、継続が妥当である。',
    );
    await completedProject(x, second, 'A', '利用者数が目標を上回り、地域に定着した。');
  }, 240_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('stores the call’s setting and shows it on the public call', async () => {
    const call = await must(x.secretariat.get(`/api/v1/calls/${call2027}`));
    expect(call).toMatchObject({ continuationAllowed: true, continuationMaxYears: 3 });
    const patched = await must(
      x.secretariat.request(
        'PATCH',
        `/api/v1/calls/${call2027}`,
        { continuationMaxYears: 4 },
        { 'if-match': `"${call.version}"` },
      ),
    );
    expect(patched.continuationMaxYears).toBe(4);
    const back = await must(
      x.secretariat.request(
        'PATCH',
        `/api/v1/calls/${call2027}`,
        { continuationMaxYears: 3 },
        { 'if-match': `"${patched.version}"` },
      ),
    );
    const tooShort = await x.secretariat.request(
      'PATCH',
      `/api/v1/calls/${call2027}`,
      { continuationMaxYears: 1 },
      { 'if-match': `"${back.version}"` },
    );
    expect(tooShort.status).toBe(400);
    const publicCalls = await must(
      new ApiClient(system.baseUrl).get(`/api/v1/public/calls?municipality=${x.municipalityCode}`),
    );
    expect(publicCalls.find((c: { id: string }) => c.id === call2027)).toMatchObject({
      continuationAllowed: true,
      continuationMaxYears: 3,
    });
  });

  it('offers the organisation’s adopted proposals of earlier calls, with the year each continuation would be', async () => {
    const candidates = await must(
      x.proposerA.get(`/api/v1/calls/${call2027}/continuation-candidates?organizationId=${x.groupAId}`),
    );
    expect(
      candidates.map((c: { id: string; year: number; withinCap: boolean }) => [c.id, c.year, c.withinCap]),
      // The first year is continued already (by the second, which is live), so only the second is offered.
    ).toEqual([[second, 3, true]]);
    const forOthers = await x.proposerB.get(
      `/api/v1/calls/${call2027}/continuation-candidates?organizationId=${x.groupAId}`,
    );
    expect(forOthers.status).toBe(403);
  });

  it('counts the chain against the cap: year 3 of 3 is taken, year 3 of a 2-year call is refused and nothing stored', async () => {
    const created = await must(draftIn(x.proposerA, call2027, x.groupAId, second));
    expect(created.predecessorId).toBe(second);
    const continuation = await must(x.proposerA.get(`/api/v1/proposals/${created.id}/continuation`));
    expect(continuation).toMatchObject({ year: 3, maxYears: 3, predecessor: { id: second, fiscalYear: 2025 } });

    const capped = await openCall(x, 2028, { continuationAllowed: true, continuationMaxYears: 2 });
    const refused = await draftIn(x.proposerA, capped, x.groupAId, second);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'continuation_over_cap', year: 3, maxYears: 2 });
    expect(refused.body.title).toContain('継続');
    expect(await proposalsIn(x.proposerA, capped)).toBe(0);
    await withdraw(created.id);
  });

  it('refuses a second proposal continuing the same project while one is live, and takes one after withdrawal', async () => {
    // The first year is continued by the second year's proposal already.
    const forked = await draftIn(x.proposerA, call2027, x.groupAId, first);
    expect(forked.status).toBe(422);
    expect(forked.body).toMatchObject({ code: 'continuation_already_proposed', proposalId: second });
    expect(forked.body.title).toContain('継続');

    const before = await proposalsIn(x.proposerA, call2027);
    const one = await must(draftIn(x.proposerA, call2027, x.groupAId, second));
    const two = await draftIn(x.proposerA, call2027, x.groupAId, second);
    expect(two.status).toBe(422);
    expect(two.body).toMatchObject({ code: 'continuation_already_proposed', proposalId: one.id });
    // An edit naming it from another draft is refused alike, and changes nothing.
    const other = await must(draftIn(x.proposerA, call2027, x.groupAId, null));
    const edit = await x.proposerA.request(
      'PATCH',
      `/api/v1/proposals/${other.id}`,
      { predecessorId: second },
      { 'if-match': `"${other.version}"` },
    );
    expect(edit.status).toBe(422);
    expect(edit.body.code).toBe('continuation_already_proposed');
    expect(await must(x.proposerA.get(`/api/v1/proposals/${other.id}`))).toMatchObject({
      predecessorId: null,
      version: other.version,
    });
    expect(await proposalsIn(x.proposerA, call2027)).toBe(before + 2);

    // Once the first is withdrawn, the project may be continued again.
    await withdraw(one.id);
    const again = await must(draftIn(x.proposerA, call2027, x.groupAId, second));
    expect(again.predecessorId).toBe(second);
    await withdraw(again.id);
    await withdraw(other.id);
  });

  it('asks libs/partnership whether the project was carried out: an agreement alone, or a running project, is not enough', async () => {
    const call2026 = await openCall(x, 2026, { continuationAllowed: true, continuationMaxYears: 3 });
    const adoptedOnly = await adoptedProposal(x, call2026, '防災マップづくり');
    const before = await proposalsIn(x.proposerA, call2027);
    const notAgreed = await draftIn(x.proposerA, call2027, x.groupAId, adoptedOnly);
    expect(notAgreed.status).toBe(422);
    expect(notAgreed.body).toMatchObject({
      code: 'predecessor_not_carried_out',
      agreementConcluded: false,
      resultsReportAccepted: false,
    });
    const offered = await must(
      x.proposerA.get(`/api/v1/calls/${call2027}/continuation-candidates?organizationId=${x.groupAId}`),
    );
    expect(offered.map((c: { id: string }) => c.id)).not.toContain(adoptedOnly);

    // Through the state alone (CONCLUDE_AGREEMENT sent as an event, no agreement recorded) it is not carried out.
    await move(x.secretariat, adoptedOnly, 'CONCLUDE_AGREEMENT', {
      termStart: '2026-04-01',
      termEnd: '2027-03-31',
      roleSharing: '団体：運営／市：広報',
      informationSharing: '月1回の定例会議',
    });
    await move(x.secretariat, adoptedOnly, 'START');
    await move(x.secretariat, adoptedOnly, 'END');
    const unrecorded = await draftIn(x.proposerA, call2027, x.groupAId, adoptedOnly);
    expect(unrecorded.status).toBe(422);
    expect(unrecorded.body).toMatchObject({ code: 'predecessor_not_carried_out', agreementConcluded: false });
    expect(await proposalsIn(x.proposerA, call2027)).toBe(before);

    // An agreement recorded by the partnership library, while the project still runs: not yet.
    const running = await adoptedProposal(x, call2026, '見守りボランティア');
    const view = await must(x.secretariat.get(`/api/v1/proposals/${running}/partnership`));
    await must(
      x.secretariat.post(
        `/api/v1/proposals/${running}/agreement`,
        {
          groupName: view.agreementDraft.group.name,
          departmentName: view.agreementDraft.department.name,
          termStart: '2026-04-01',
          termEnd: '2027-03-31',
          roleSharing: '団体：見守り／市：研修',
          informationSharing: '月1回の定例会議',
          costSharing: '研修費は市が負担する',
          grantedAmount: 300_000,
          partnershipForm: view.agreementDraft.partnershipForm,
          formNumber: view.agreementDraft.formNumber,
          madeOn: '2026-04-01',
        },
        { 'if-match': `"${view.proposal.version}"` },
      ),
    );
    await move(x.secretariat, running, 'START');
    const stillRunning = await draftIn(x.proposerA, call2027, x.groupAId, running);
    expect(stillRunning.status).toBe(422);
    expect(stillRunning.body).toMatchObject({
      code: 'predecessor_not_carried_out',
      agreementConcluded: true,
      resultsReportAccepted: false,
    });
    // Ended: carried out.
    await move(x.secretariat, running, 'END');
    const continued = await must(draftIn(x.proposerA, call2027, x.groupAId, running));
    expect(continued.predecessorId).toBe(running);
    await withdraw(continued.id);
  });

  it('caps the amount by the year of the project: a year past the list takes its last cap', async () => {
    // 継続事業の上限: 1年目100万円、2年目80万円、3年目以降70万円. The fixture's proposal asks for 800,000.
    const capped = await openCall(x, 2029, {
      continuationAllowed: true,
      continuationMaxYears: 5,
      yearlyCaps: [1_000_000, 800_000, 700_000],
    });
    const refused = await draftIn(x.proposerA, capped, x.groupAId, second);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'requested_amount_over_year_cap',
      limit: 700_000,
      year: 3,
      requested: 800_000,
    });
    expect(await proposalsIn(x.proposerA, capped)).toBe(0);
    // The first year already has its continuation (`second`, adopted and completed): a second one is refused, naming it.
    const again = await draftIn(x.proposerA, capped, x.groupAId, first);
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ code: 'continuation_already_proposed', proposalId: second });
    expect(await proposalsIn(x.proposerA, capped)).toBe(0);
  });

  it('refuses another organisation’s, another municipality’s or an unadopted predecessor, and a call without continuation', async () => {
    const before = { a: await proposalsIn(x.proposerA, call2027), b: await proposalsIn(x.proposerB, call2027) };
    const otherOrganization = await draftIn(x.proposerB, call2027, x.groupBId, first);
    expect(otherOrganization.status).toBe(422);
    expect(otherOrganization.body.code).toBe('predecessor_not_eligible');

    const y = await createMunicipality(new ApiClient(system.baseUrl), '藤沢市');
    const yCall = await openCall(y, 2027, { continuationAllowed: true });
    const otherMunicipality = await draftIn(y.proposerA, yCall, y.groupAId, first);
    expect(otherMunicipality.status).toBe(422);
    expect(otherMunicipality.body.code).toBe('predecessor_not_eligible');

    const pending = await openCall(x, 2026, { continuationAllowed: true });
    const submittedOnly = await must(draftIn(x.proposerA, pending, x.groupAId, null));
    await move(x.proposerA, submittedOnly.id, 'SUBMIT');
    const notAdopted = await draftIn(x.proposerA, call2027, x.groupAId, submittedOnly.id);
    expect(notAdopted.status).toBe(422);
    expect(notAdopted.body.code).toBe('predecessor_not_adopted');

    const noContinuation = await openCall(x, 2027, { continuationAllowed: false });
    const notAllowed = await draftIn(x.proposerA, noContinuation, x.groupAId, second);
    expect(notAllowed.status).toBe(422);
    expect(notAllowed.body.code).toBe('continuation_not_allowed');
    expect(await proposalsIn(x.proposerA, noContinuation)).toBe(0);

    // An edit naming a bad predecessor changes nothing either.
    const draft = await must(draftIn(x.proposerA, call2027, x.groupAId, null));
    const edit = await x.proposerA.request(
      'PATCH',
      `/api/v1/proposals/${draft.id}`,
      { title: '改題', predecessorId: submittedOnly.id },
      { 'if-match': `"${draft.version}"` },
    );
    expect(edit.status).toBe(422);
    expect(await must(x.proposerA.get(`/api/v1/proposals/${draft.id}`))).toMatchObject({
      title: draft.title,
      predecessorId: null,
      version: draft.version,
    });
    // Only the draft made for the edit was stored.
    expect(await proposalsIn(x.proposerA, call2027)).toBe(before.a + 1);
    expect(await proposalsIn(x.proposerB, call2027)).toBe(before.b);
  });

  it('freezes the link with each submitted version, and checks the call again at submission', async () => {
    const draft = await must(draftIn(x.proposerA, call2027, x.groupAId, second));
    await move(x.proposerA, draft.id, 'SUBMIT');
    await move(x.secretariat, draft.id, 'RETURN', { reason: '継続元の確認をお願いします。' });
    const returned = await must(x.proposerA.get(`/api/v1/proposals/${draft.id}`));
    await must(
      x.proposerA.request(
        'PATCH',
        `/api/v1/proposals/${draft.id}`,
        { predecessorId: null },
        { 'if-match': `"${returned.version}"` },
      ),
    );
    await move(x.proposerA, draft.id, 'RESUBMIT');
    const versions = await must(x.proposerA.get(`/api/v1/proposals/${draft.id}/versions`));
    expect(versions.map((v: { number: number; predecessorId: string }) => [v.number, v.predecessorId])).toEqual([
      [1, second],
      [2, null],
    ]);

    const closing = await openCall(x, 2027, { continuationAllowed: true });
    const waiting = await must(draftIn(x.proposerA, closing, x.groupAId, second));
    const call = await must(x.secretariat.get(`/api/v1/calls/${closing}`));
    await must(
      x.secretariat.request(
        'PATCH',
        `/api/v1/calls/${closing}`,
        { continuationAllowed: false },
        { 'if-match': `"${call.version}"` },
      ),
    );
    const submit = await x.proposerA.post(
      `/api/v1/proposals/${waiting.id}/events`,
      { type: 'SUBMIT' },
      { 'if-match': `"${waiting.version}"` },
    );
    expect(submit.status).toBe(422);
    expect(submit.body.code).toBe('continuation_not_allowed');
    expect((await must(x.proposerA.get(`/api/v1/proposals/${waiting.id}`))).state).toBe('draft');
    await withdraw(waiting.id);
  });

  it('shows a reviewer last year’s published record only after their own sheet is in', async () => {
    await waitFor(async () => {
      const published = await new ApiClient(system.baseUrl).get(`/api/v1/public/proposals/${second}`);
      return published.status === 200 && published.body.assessment !== null;
    }, 30_000);
    const draft = await must(draftIn(x.proposerA, call2027, x.groupAId, second));
    await move(x.proposerA, draft.id, 'SUBMIT');
    await move(x.secretariat, draft.id, 'ACCEPT');
    const [assignment] = await must(
      x.secretariat.post(`/api/v1/proposals/${draft.id}/assignments`, {
        reviewerIds: [x.reviewerId],
        stage: 'document',
      }),
    );
    const blind = await must(x.reviewer.get(`/api/v1/proposals/${draft.id}/continuation`));
    expect(blind).toMatchObject({
      year: 3,
      maxYears: 3,
      predecessor: { id: second },
      recordHidden: true,
      record: null,
    });

    const expected = {
      decision: { outcome: 'adopted', comment: '初年度の実績を踏まえ、継続が妥当である。' },
      assessment: { verdict: 'A', comment: '利用者数が目標を上回り、地域に定着した。' },
    };
    expect(await must(x.secretariat.get(`/api/v1/proposals/${draft.id}/continuation`))).toMatchObject({
      recordHidden: false,
      record: expected,
    });
    expect((await must(x.chair.get(`/api/v1/proposals/${draft.id}/continuation`))).record).toEqual(expected);

    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 3 },
        comments: { feasibility: '体制は十分' },
      }),
    );
    await must(x.reviewer.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
    expect(await must(x.reviewer.get(`/api/v1/proposals/${draft.id}/continuation`))).toMatchObject({
      recordHidden: false,
      record: expected,
    });
  });

  it('says on the public page which year the project is, linking the disclosed predecessor', async () => {
    const anonymous = new ApiClient(system.baseUrl);
    const page = await must(anonymous.get(`/api/v1/public/proposals/${second}`));
    expect(page.continuation).toEqual({ year: 2, predecessorId: first });
    await waitFor(async () => (await anonymous.get(`/api/v1/public/proposals/${first}`)).status === 200, 30_000);
    expect((await must(anonymous.get(`/api/v1/public/proposals/${first}`))).continuation).toBeNull();
  });
});
