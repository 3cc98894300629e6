import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';

/**
 * 募集年度 and 実施年度, the date warnings of a call (fiscal year, closed days) and its money: the form of partnership,
 * the subsidy ratio (経費の3分の2以内) and the caps the requested amount is checked against.
 */
describe(`call years, date warnings and money over HTTP on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '鎌倉市');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  // A scheme recruiting in FY2027 (令和9年度) for projects that run in FY2028. 3 November 2027 is 文化の日 (a
  // Wednesday); 8 January 2028 is a Saturday.
  const ahead = {
    fiscalYear: 2028,
    titleJa: '令和10年度 協働事業提案制度（前年度募集）',
    submissionOpensAt: '2027-10-01T09:00:00+09:00',
    submissionClosesAt: '2027-11-03T17:00:00+09:00',
    reviewDeadlineAt: '2028-01-08T17:00:00+09:00',
    publicationAt: '2028-02-10T10:00:00+09:00',
  };
  const patch = (id: string, version: number, body: object) =>
    x.secretariat.request('PATCH', `/api/v1/calls/${id}`, body, { 'if-match': `"${version}"` });

  it('saves a call that recruits the year before with warnings, never a refusal, and clears them once it says so', async () => {
    const created = await must(x.secretariat.post('/api/v1/calls', ahead));
    // Absent, 募集年度 is 実施年度.
    expect(created.recruitmentFiscalYear).toBe(2028);
    expect(
      created.dateWarnings.map((w: { code: string; field: string; day: string }) => [w.code, w.field, w.day]),
    ).toEqual([
      ['recruits_year_before', 'submissionOpensAt', '2027-10-01'],
      ['deadline_on_closed_day', 'submissionClosesAt', '2027-11-03'],
      ['deadline_on_closed_day', 'reviewDeadlineAt', '2028-01-08'],
    ]);
    expect(created.dateWarnings[1].message.ja).toBe(
      '提出締切日（令和9年11月3日）は祝日（文化の日）で、市役所の閉庁日です。',
    );
    expect(created.dateWarnings[2].message.en).toBe(
      'Scoring deadline (2028-01-08) falls on a Saturday, when the city office is closed.',
    );

    const said = await must(patch(created.id, created.version, { recruitmentFiscalYear: 2027 }));
    expect(said.recruitmentFiscalYear).toBe(2027);
    expect(said.dateWarnings.map((w: { code: string }) => w.code)).toEqual([
      'deadline_on_closed_day',
      'deadline_on_closed_day',
    ]);
    const moved = await must(
      patch(created.id, said.version, {
        submissionClosesAt: '2027-11-04T17:00:00+09:00',
        reviewDeadlineAt: '2028-01-07T17:00:00+09:00',
      }),
    );
    expect(moved.dateWarnings).toEqual([]);
    expect((await must(x.secretariat.get(`/api/v1/calls/${created.id}`))).dateWarnings).toEqual([]);
  });

  it('refuses a recruitment year after the year the projects run, and a half or improper ratio, changing nothing', async () => {
    const created = await must(x.secretariat.post('/api/v1/calls', { ...ahead, recruitmentFiscalYear: 2027 }));
    for (const [body, field] of [
      [{ recruitmentFiscalYear: 2029 }, 'recruitmentFiscalYear'],
      [{ subsidyRatioNumerator: 2 }, 'subsidyRatioDenominator'],
      [{ subsidyRatioNumerator: 4, subsidyRatioDenominator: 3 }, 'subsidyRatioNumerator'],
      [{ partnershipForm: 'kifu' }, 'partnershipForm'],
      [{ yearlyCaps: [500_000, -1] }, 'yearlyCaps'],
    ] as const) {
      const refused = await patch(created.id, created.version, body);
      expect(refused.status).toBe(400);
      expect((refused.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    }
    const unchanged = await must(x.secretariat.get(`/api/v1/calls/${created.id}`));
    expect(unchanged).toMatchObject({
      version: created.version,
      recruitmentFiscalYear: 2027,
      subsidyRatioNumerator: null,
      subsidyRatioDenominator: null,
      partnershipForm: null,
      yearlyCaps: [],
    });
  });

  it('checks the requested amount against two thirds of the expenses and the cap, and shows the rule publicly', async () => {
    const now = Date.now();
    // 「経費の3分の2以内、50万円を限度」, as a 補助 (subsidy).
    const call = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2026,
        titleJa: '令和8年度 協働事業補助金',
        submissionOpensAt: new Date(now - 86_400_000).toISOString(),
        submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
        partnershipForm: 'hojo',
        maxRequestedAmount: 500_000,
        subsidyRatioNumerator: 2,
        subsidyRatioDenominator: 3,
        yearlyCaps: [600_000, 400_000],
      }),
    );
    expect(call).toMatchObject({
      partnershipForm: 'hojo',
      subsidyRatioNumerator: 2,
      subsidyRatioDenominator: 3,
      yearlyCaps: [600_000, 400_000],
    });
    expect((await must(x.secretariat.get(`/api/v1/calls/${call.id}`))).yearlyCaps).toEqual([600_000, 400_000]);
    // Expenses of 600,001 yen: two thirds is 400,000.67, so at most 400,000 yen.
    const budget = [
      { kind: 'income', item: '参加費', amount: 100_000 },
      { kind: 'expense', item: '食材費', amount: 500_001 },
      { kind: 'expense', item: '会場費', amount: 100_000 },
    ];
    const draft = (requestedAmount: number, expenses = budget) =>
      x.proposerA.post(`/api/v1/calls/${call.id}/proposals`, {
        organizationId: x.groupAId,
        title: '子ども食堂の運営',
        content: completeProposalContent({ budget: expenses, requestedAmount }),
      });
    const over = await draft(400_001);
    expect(over.status).toBe(422);
    expect(over.body).toMatchObject({
      code: 'requested_amount_over_subsidy_ratio',
      limit: 400_000,
      expenses: 600_001,
      numerator: 2,
      denominator: 3,
      requested: 400_001,
    });
    expect(over.body.title).toContain('補助率');
    expect((await must(x.proposerA.get(`/api/v1/proposals?callId=${call.id}`))).items).toHaveLength(0);
    const within = await must(draft(400_000));
    expect(within.content.requestedAmount).toBe(400_000);
    // With expenses of 900,000 the ratio allows 600,000, but the maximum is 500,000.
    const bigger = [{ kind: 'expense', item: '事業費', amount: 900_000 }];
    expect((await draft(500_001, bigger)).body).toMatchObject({ code: 'requested_amount_over_maximum' });
    // An edit is held to the same rule.
    const edit = await x.proposerA.request(
      'PATCH',
      `/api/v1/proposals/${within.id}`,
      { content: { requestedAmount: 400_001 } },
      { 'if-match': `"${within.version}"` },
    );
    expect(edit.body).toMatchObject({ code: 'requested_amount_over_subsidy_ratio', limit: 400_000 });

    const publicCalls = await must(x.secretariat.get(`/api/v1/public/calls?municipality=${x.municipalityCode}`));
    const shown = (publicCalls.items ?? publicCalls).find((c: { id: string }) => c.id === call.id);
    expect(shown).toMatchObject({
      partnershipForm: 'hojo',
      subsidyRatioNumerator: 2,
      subsidyRatioDenominator: 3,
      maxRequestedAmount: 500_000,
      recruitmentFiscalYear: 2026,
      yearlyCaps: [600_000, 400_000],
    });
  });
});
