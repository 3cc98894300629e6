import {
  ApiClient,
  createMunicipality,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
} from '@kyodo/testing';
import {
  ASSESSMENT_COMMENT,
  assessedProject,
  DEPARTMENT_SELF_SUMMARY,
  GROUP_SELF_SUMMARY,
} from './web/pages/assessment-data';

/**
 * 事業評価 in public: once the assessment is published, the public record carries the KPIs planned against the
 * accepted actuals with their 達成率, both partners' self-evaluations side by side per item (2 or more apart flagged),
 * the committee's verdict and comment — and no one's identity. Figures are worked by hand below.
 */
describe('the published assessment package', () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let id: string;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    ({ id } = await assessedProject(x, system.baseUrl));
  }, 240_000);

  afterAll(async () => {
    await system?.stop();
  });

  const publicRecord = async () => must(new ApiClient(system.baseUrl).get(`/api/v1/public/proposals/${id}`));

  it('carries each KPI planned against the accepted actual, with 達成率 rounded half up to one decimal', async () => {
    const { assessment } = await publicRecord();
    expect(assessment.kind).toBe('assessment');
    // 1,000 ÷ 1,200 = 83.333…% → 83.3; 90 ÷ 96 = 93.75% → 93.8 (half up, not to even).
    expect(assessment.assessment.kpis).toEqual([
      {
        kind: 'outcome',
        name: '食堂の延べ利用者数',
        unit: '人',
        baseline: 0,
        target: 1200,
        actual: 1000,
        achievementPercent: 83.3,
      },
      {
        kind: 'activity',
        name: '開催回数',
        unit: '回',
        baseline: null,
        target: 96,
        actual: 90,
        achievementPercent: 93.8,
      },
    ]);
    expect(assessment.assessment.achievementRounding.ja).toContain('四捨五入');
    expect(assessment.assessment.achievementRounding.en).toContain('one decimal');
  });

  it('puts both self-evaluations side by side per item, flagging items 2 or more apart, beside the verdict', async () => {
    const { assessment } = await publicRecord();
    expect(assessment.assessment).toMatchObject({ verdict: 'B', comment: ASSESSMENT_COMMENT });
    const self = assessment.assessment.selfEvaluations;
    expect(self.group.summary).toBe(GROUP_SELF_SUMMARY);
    expect(self.department.summary).toBe(DEPARTMENT_SELF_SUMMARY);
    // achievement 5 vs 3 (2 apart: flagged), collaboration 4 vs 4, reach 2 vs 3 (1 apart).
    expect(
      self.criteria.map(
        (c: { key: string; label: { ja: string }; group: number; department: number; differsBy2: boolean }) => [
          c.key,
          c.label.ja,
          c.group,
          c.department,
          c.differsBy2,
        ],
      ),
    ).toEqual([
      ['achievement', '目標の達成度', 5, 3, true],
      ['collaboration', '協働の効果', 4, 4, false],
      ['reach', '市民への波及', 2, 3, false],
    ]);
    expect(self.criteria[0].scale).toEqual({ min: 1, max: 5 });
    // No committee sheets were scored at project_end: no combined score is made up.
    expect(assessment.assessment.combined).toBeNull();
  });

  it('names no one: no user ids, no e-mail addresses, no author of a self-evaluation', async () => {
    const text = JSON.stringify(await publicRecord());
    for (const userId of [x.departmentStaffId, x.chairId, x.secretariatUserId, x.committeeMemberId, x.reviewerId])
      expect(text).not.toContain(userId);
    expect(text).not.toMatch(/"by"|@/);
  });

  it('leaves the decision package as it was published: no assessment members in it', async () => {
    const record = await publicRecord();
    expect(record.decision.assessment).toBeNull();
    expect(record.versions.map((v: { kind: string; version: number }) => [v.kind, v.version])).toEqual([
      ['assessment', 1],
      ['decision', 1],
    ]);
  });
});
