import { ApiClient, move, must, type MunicipalityFixture, waitFor } from '@kyodo/testing';
import { ADOPTED_TITLE, discloseTwoProposals } from './public-data';

export const GROUP_SELF_SUMMARY = '延べ1,000人が利用し、目標をおおむね達成した。';
export const DEPARTMENT_SELF_SUMMARY = '会場確保と広報で連携したが、周知には課題が残った。';
export const ASSESSMENT_COMMENT = '地域の居場所として定着しており、継続が望ましい。';

/** The call's 事業評価 sheet: three items on 1–5 (5 = 想定をはるかに上回った). */
export function projectEndRubric() {
  const item = (key: string, labelJa: string, labelEn: string) => ({
    key,
    labelJa,
    labelEn,
    weight: 10,
    scale: { min: 1, max: 5, step: 1 },
  });
  return {
    titleJa: '事業評価シート',
    titleEn: 'Project evaluation sheet',
    criteria: [
      item('achievement', '目標の達成度', 'Achievement of the goals'),
      item('collaboration', '協働の効果', 'Effect of the partnership'),
      item('reach', '市民への波及', 'Reach to residents'),
    ],
  };
}

/**
 * The adopted proposal of discloseTwoProposals taken through its term: agreement, start, one accepted progress
 * report (食堂の延べ利用者数 1,000 of 1,200 人; 開催回数 90 of 96 回), end, both self-evaluations (achievement 5 / 3,
 * collaboration 4 / 4, reach 2 / 3), ASSESS (B) and PUBLISH; answers once the assessment package is public.
 */
export async function assessedProject(x: MunicipalityFixture, baseUrl: string): Promise<{ id: string }> {
  const { callId } = await discloseTwoProposals(x, baseUrl);
  await must(x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/project_end`, projectEndRubric()));
  const mine = await must(x.proposerA.get(`/api/v1/proposals?callId=${callId}`));
  const id = (mine.items as Array<{ id: string; title: string }>).find((p) => p.title === ADOPTED_TITLE)!.id;
  const version = async (client: ApiClient) => (await must(client.get(`/api/v1/proposals/${id}`))).version as number;
  const post = async (client: ApiClient, route: string, body: unknown) =>
    must(client.post(`/api/v1/proposals/${id}/${route}`, body, { 'if-match': `"${await version(client)}"` }));
  await post(x.secretariat, 'agreement', {
    groupName: 'NPO法人 かまくら子ども食堂ネット',
    departmentName: 'こども家庭課',
    termStart: '2026-04-01',
    termEnd: '2027-03-31',
    roleSharing: '団体：食堂の運営／市：会場と広報',
    informationSharing: '月例の連絡会で進捗を共有する',
    costSharing: '食材費は団体、会場費は市が負担する',
    grantedAmount: 650_000,
    partnershipForm: 'futankin',
    formNumber: '様式第7号',
    madeOn: '2026-04-01',
  });
  await move(x.secretariat, id, 'START');
  const filed = await post(x.proposerA, 'progress-reports', {
    periodFrom: '2026-04-01',
    periodTo: '2027-03-31',
    summary: '週2回の食堂を開き、年間で延べ1,000人が利用した。',
    kpiActuals: [
      { name: '食堂の延べ利用者数', actual: 1000 },
      { name: '開催回数', actual: 90 },
    ],
  });
  await must(
    x.secretariat.post(`/api/v1/proposals/${id}/progress-reports/${filed.progressReports[0].id}/review`, {
      decision: 'accepted',
    }),
  );
  await move(x.secretariat, id, 'RESOLVE_CONDITION', { conditionId: 'c1', note: '中間報告で確認した' });
  await move(x.secretariat, id, 'END');
  await move(x.proposerA, id, 'SUBMIT_SELF_EVALUATION', {
    party: 'group',
    summary: GROUP_SELF_SUMMARY,
    scores: { achievement: 5, collaboration: 4, reach: 2 },
  });
  await move(x.departmentStaff, id, 'SUBMIT_SELF_EVALUATION', {
    party: 'department',
    summary: DEPARTMENT_SELF_SUMMARY,
    scores: { achievement: 3, collaboration: 4, reach: 3 },
  });
  await move(x.chair, id, 'ASSESS', { verdict: 'B', comment: ASSESSMENT_COMMENT });
  await move(x.secretariat, id, 'PUBLISH');
  await waitFor(async () => {
    const answer = await fetch(`${baseUrl}/api/v1/public/proposals/${id}`);
    return answer.ok && ((await answer.json()) as { assessment: unknown }).assessment !== null;
  }, 60_000);
  return { id };
}
