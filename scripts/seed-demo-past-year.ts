import type { INestApplicationContext } from '@nestjs/common';
import {
  ConcludeAgreement,
  type PartnershipForm,
  PartnershipQueries,
  RecordMilestone,
  ReportProgress,
  ReviewProgressReport,
} from '@kyodo/partnership';
import { type Actor, Clock } from '@kyodo/platform';
import {
  CallsService,
  CreateProposal,
  type LifecycleEventInput,
  ProposalQueries,
  type ProposalContent,
  SendProposalEvent,
  SubmitProposal,
} from '@kyodo/proposals';
import {
  AssignReviewers,
  RecordConsensus,
  RUBRIC_TEMPLATES,
  RubricsService,
  ScheduleSession,
  ScoreSheetsService,
  SessionsService,
  SubmitScoreSheet,
} from '@kyodo/review';

/**
 * The seed's clock. The services take their time from the `Clock` they are given (never `Date.now`), and the only
 * guard of the lifecycle that reads the time is the submission deadline, so the least hacky way to give the demo a
 * finished past year is to walk it with the same services at the dates it would have happened: each step sets the
 * clock, and every row, audit entry and machine event then carries that date. It never runs ahead of the real
 * present (a step dated later waits at "now") nor backwards, so the audit chains stay in order. `release()` gives the
 * system's time back for the current year's call.
 */
export class SteppedClock extends Clock {
  private at: Date | null = null;

  now(): Date {
    return this.at ? new Date(this.at) : new Date();
  }

  step(iso: string): void {
    const wanted = Math.min(Date.parse(iso), Date.now());
    this.at = new Date(Math.max(wanted, this.at?.getTime() ?? 0));
  }

  release(): void {
    this.at = null;
  }
}

export interface PastYearPeople {
  secretariat: Actor;
  chair: Actor;
  member: Actor;
  /** こども食堂ひだまり's proposer, 東町町内会's, and こども家庭課's staff (proposer and reviewer). */
  npo: Actor;
  neighbourhood: Actor;
  childDept: Actor;
  /** 高齢者福祉課's reviewer (partner department of the 見守り便). */
  welfare: Actor;
  /** Reviewers of departments that are partners of none of the past proposals. */
  townPlanning: Actor;
  environment: Actor;
  npoOrgId: string;
  neighbourhoodOrgId: string;
  childDeptId: string;
  welfareDeptId: string;
  committeeId: string;
}

export interface PastYear {
  callId: string;
  fiscalYear: number;
  /** The proposals carried to their published end-of-term assessment, then the one not adopted. */
  assessed: Array<{ id: string; title: string }>;
  notAdopted: { id: string; title: string };
}

/** 令和 year of a fiscal year (令和元年度 = 2019). */
export const reiwa = (fiscalYear: number) => `令和${fiscalYear - 2018}年度`;

const CRITERIA = RUBRIC_TEMPLATES['selection-weighted-30']!.criteria.map((c) => c.key);
const END_ITEMS = RUBRIC_TEMPLATES['project-end']!.criteria.map((c) => c.key);
const scores = (values: number[]) => Object.fromEntries(CRITERIA.map((key, i) => [key, values[i]!]));
const endScores = (values: number[]) => Object.fromEntries(END_ITEMS.map((key, i) => [key, values[i]!]));

interface Plan {
  title: string;
  author: 'npo' | 'neighbourhood' | 'childDept';
  organizationId: (p: PastYearPeople) => string;
  partners: (p: PastYearPeople) => string[];
  content: ProposalContent;
  submittedOn: string;
  /** Three reviewers, none of them staff of the proposing or partner organisation, and their sheets. */
  reviewers: Array<'childDept' | 'welfare' | 'townPlanning' | 'environment'>;
  sheets: number[][];
  consensus: { scores: number[]; reasons: string[] };
  decision:
    | { decision: 'adopted'; reason: string }
    | { decision: 'adoptedWithConditions'; reason: string; conditions: string[] }
    | { decision: 'notAdopted'; reason: string };
}

/** A project's year after adoption: its agreement, milestones, progress, conditions and end-of-term evaluation. */
interface Walk {
  granted: number;
  form: PartnershipForm;
  groupName: string;
  departmentName: string;
  roleSharing: string;
  costSharing: string;
  milestones: Array<{ on: string; title: string }>;
  progress: { summary: string; kpiActuals: Record<string, number> };
  conditionNotes: string[];
  groupSelf: { summary: string; scores: number[]; kpiActuals: Record<string, number> };
  departmentSelf: { summary: string; scores: number[] };
  verdict: 'A' | 'B' | 'C';
  comment: string;
}

function plans(y: number): Plan[] {
  const prev = y - 1;
  return [
    {
      title: '子ども食堂を拠点とした学習支援と見守り事業',
      author: 'npo',
      organizationId: (p) => p.npoOrgId,
      partners: (p) => [p.childDeptId],
      submittedOn: `${prev}-06-14T10:20:00+09:00`,
      content: {
        summary:
          '週2回の子ども食堂に学習支援教室を併設し、食事と学びの場を通じて子どもと家庭の変化に早く気づき、必要な支援につなぐ。',
        background:
          'ひとり親家庭や共働き家庭の増加により、放課後を一人で過ごす子どもが増えている。食堂の利用者アンケートでは約4割が「宿題を見てくれる人がいない」と答えた。',
        objectives:
          '子どもが安心して過ごせる居場所を地域につくり、学習習慣の定着と、支援が必要な家庭の早期発見を図る。',
        kpis: [
          { kind: 'outcome', name: '学習支援の延べ参加者数', unit: '人', baseline: 0, target: 900 },
          { kind: 'activity', name: '学習支援教室の開催回数', unit: '回', target: 90 },
          { kind: 'outcome', name: '関係機関につないだ件数', unit: '件', target: 12 },
        ],
        roleSharing: [
          {
            task: '学習支援教室の運営',
            group: '学習ボランティアの確保と運営',
            city: '小学校・教育委員会への周知',
            costBorneBy: 'group',
          },
          {
            task: '見守りと支援へのつなぎ',
            group: '気になる家庭の情報共有',
            city: '家庭児童相談員による対応',
            costBorneBy: 'city',
          },
          { task: '広報', group: 'SNSとチラシ', city: '市報・市ホームページへの掲載', costBorneBy: 'shared' },
        ],
        budget: [
          { kind: 'income', item: '協働事業負担金', amount: 800_000 },
          { kind: 'income', item: '寄付金・助成金', amount: 250_000 },
          { kind: 'expense', item: '食材費', amount: 480_000 },
          { kind: 'expense', item: '教材・消耗品費', amount: 170_000 },
          { kind: 'expense', item: 'ボランティア保険・研修費', amount: 150_000 },
          { kind: 'expense', item: '会場使用料', amount: 250_000 },
        ],
        requestedAmount: 800_000,
        schedule: [
          { period: '4月〜5月', activity: '学習ボランティアの募集・研修' },
          { period: '6月〜3月', activity: '週2回の食堂と学習支援教室の運営' },
          { period: '3月', activity: '事業の振り返りと報告会' },
        ],
        activityFields: ['child_development', 'health_welfare'],
        organizationProfile: {
          representative: '理事長（デモ）',
          founded: '2018-10',
          members: 28,
          activities: '子ども食堂の運営',
        },
        contactPerson: { name: '提案 一郎', email: 'proposer@demo.kyodo.jp', phone: '000-0000-0000' },
      },
      reviewers: ['welfare', 'townPlanning', 'environment'],
      sheets: [
        [5, 4, 4, 4, 4, 3, 4, 5],
        [4, 4, 4, 4, 3, 3, 4, 5],
        [5, 5, 4, 3, 4, 4, 3, 4],
      ],
      consensus: {
        scores: [5, 4, 4, 4, 4, 3, 4, 5],
        reasons: [
          '地域の子ども全体を対象とし、公益性が高い',
          '相談機関につなぐ役割は市との協働でこそ果たせる',
          '団体と担当課の役割が具体的に書き分けられている',
          '食堂の運営実績があり、実施体制は十分である',
          '食材費と会場費の積算が妥当である',
          '学習支援を併設する点は市内で例が少ない',
          '寄付や助成金の確保に取り組んでおり、自立に向けた見通しがある',
          '利用者アンケートに基づき、ニーズを的確に把握している',
        ],
      },
      decision: {
        decision: 'adopted',
        reason:
          '子ども食堂の運営実績を基盤に、学習支援と見守りを一体的に行う提案であり、地域課題の把握が的確である。家庭児童相談との連携により、協働ならではの相乗効果が期待できる。成果指標が具体的で、実施体制も整っていることから採択とする。',
      },
    },
    {
      title: '高齢者の買い物支援と見守り活動「ひがし見守り便」',
      author: 'neighbourhood',
      organizationId: (p) => p.neighbourhoodOrgId,
      partners: (p) => [p.welfareDeptId],
      submittedOn: `${prev}-06-21T15:05:00+09:00`,
      content: {
        summary:
          '町内会の協力員が週1回、ひとり暮らし高齢者の買い物に同行・代行し、訪問時の様子を見守り、異変があれば地域包括支援センターにつなぐ。',
        background:
          '東町では65歳以上の割合が38%に達し、最寄りのスーパーの閉店で買い物が困難な世帯が増えている。民生委員だけでは見守りが行き届かない。',
        objectives: '買い物の不便を解消するとともに、日常的な訪問を通じて孤立を防ぎ、地域で支え合う仕組みをつくる。',
        kpis: [
          { kind: 'outcome', name: '買い物支援の延べ利用者数', unit: '人', baseline: 0, target: 600 },
          { kind: 'activity', name: '見守り訪問の回数', unit: '回', target: 480 },
        ],
        roleSharing: [
          {
            task: '買い物支援・見守り訪問',
            group: '協力員の募集と訪問の実施',
            city: '対象世帯の把握への協力',
            costBorneBy: 'group',
          },
          {
            task: '異変時の対応',
            group: '地域包括支援センターへの連絡',
            city: '関係機関との調整',
            costBorneBy: 'city',
          },
        ],
        budget: [
          { kind: 'income', item: '協働事業負担金', amount: 500_000 },
          { kind: 'income', item: '町内会費からの繰入', amount: 100_000 },
          { kind: 'expense', item: '車両借上げ・燃料費', amount: 320_000 },
          { kind: 'expense', item: '協力員の保険・研修費', amount: 130_000 },
          { kind: 'expense', item: '通信・事務費', amount: 150_000 },
        ],
        requestedAmount: 500_000,
        schedule: [
          { period: '4月〜5月', activity: '協力員の募集・研修、利用者の登録' },
          { period: '6月〜3月', activity: '週1回の買い物支援と見守り訪問' },
        ],
        activityFields: ['health_welfare', 'community_development'],
        organizationProfile: {
          representative: '会長（デモ）',
          founded: '1978-04',
          members: 420,
          activities: '町内会活動',
        },
        contactPerson: { name: '町内 次郎', email: 'proposer2@demo.kyodo.jp', phone: '000-0000-0000' },
      },
      reviewers: ['childDept', 'townPlanning', 'environment'],
      sheets: [
        [4, 4, 3, 3, 4, 3, 3, 5],
        [5, 3, 3, 3, 3, 3, 2, 5],
        [4, 4, 4, 2, 4, 3, 3, 4],
      ],
      consensus: {
        scores: [4, 4, 3, 3, 4, 3, 3, 5],
        reasons: [
          '高齢化が進む地区で、必要性の高い事業である',
          '見守りから支援機関へのつなぎに市の関与が欠かせない',
          '異変時の連絡体制をさらに具体化する必要がある',
          '協力員の確保が計画どおり進むか懸念が残る',
          '車両借上げ費の積算はおおむね妥当である',
          '町内会が主体となる買い物支援は先例がある',
          '町内会費を充てる計画で、継続の見通しはある',
          '地区の高齢化と買い物困難の実態をよく把握している',
        ],
      },
      decision: {
        decision: 'adoptedWithConditions',
        reason:
          '町内会の日常的なつながりを生かした買い物支援と見守りは、高齢化が進む地域において必要性が高い。一方で、利用者の個人情報の取扱いと協力員の確保に課題が残ることから、条件を付して採択とする。',
        conditions: [
          '利用者の個人情報の取扱いについて、高齢者福祉課と協議のうえ取扱規程を定めること',
          '協力員の確保状況を中間報告で示すこと',
        ],
      },
    },
    {
      title: '子育て情報アプリの市民協働による共同開発',
      author: 'childDept',
      organizationId: (p) => p.childDeptId,
      partners: () => [],
      submittedOn: `${prev}-06-27T11:40:00+09:00`,
      content: {
        summary:
          '子育て中の市民団体と市が共同で、健診・保育・イベント情報をまとめたスマートフォン向けアプリを開発する。',
        background:
          '子育て情報が市ホームページ、紙の案内、各団体のSNSに分散しており、必要な情報にたどり着きにくいとの声がある。',
        objectives: '子育て世帯が必要な情報を一か所で受け取れるようにし、相談や地域の活動への参加を促す。',
        kpis: [{ kind: 'outcome', name: 'アプリの登録者数', unit: '人', baseline: 0, target: 3000 }],
        roleSharing: [
          {
            task: 'アプリの企画',
            group: '利用者目線での機能の提案',
            city: '行政情報の提供と仕様の取りまとめ',
            costBorneBy: 'city',
          },
        ],
        budget: [
          { kind: 'income', item: '市の予算', amount: 950_000 },
          { kind: 'expense', item: 'アプリ開発委託料', amount: 950_000 },
        ],
        requestedAmount: 950_000,
        schedule: [{ period: '4月〜3月', activity: '協働団体の募集、アプリの設計・開発' }],
        activityFields: ['child_development', 'information_society'],
        contactPerson: { name: '担当 三郎', email: 'department@demo.kyodo.jp' },
      },
      reviewers: ['welfare', 'townPlanning', 'environment'],
      sheets: [
        [3, 2, 2, 2, 2, 3, 1, 3],
        [3, 1, 2, 2, 1, 2, 2, 3],
        [2, 2, 2, 3, 2, 3, 1, 2],
      ],
      consensus: {
        scores: [3, 2, 2, 2, 2, 3, 1, 3],
        reasons: [
          '子育て世帯への情報提供の充実という目的には公益性がある',
          '市民団体と協働で取り組む必要性の説明が不十分である',
          '団体が担う役割が企画段階にとどまっている',
          '開発後の運用体制が示されていない',
          '開発費の積算根拠が示されていない',
          '他市に類似のアプリが多数ある',
          '次年度以降の運用費と担い手が不明である',
          '利用者の声は聞き取られているが、既存サイトとの違いが明確でない',
        ],
      },
      decision: {
        decision: 'notAdopted',
        reason:
          '子育て世帯への情報提供を充実させるという目的は理解できるが、既存の市ホームページや子育て応援サイトとの役割の違いが明確でなく、市民団体が担う役割と協働で取り組む必要性の具体化が不十分である。開発後の運用体制と費用の見通しも示されていないことから、不採択とする。',
      },
    },
  ];
}

/**
 * A finished past year (the call of `fiscalYear`, run in the year before it): three proposals submitted, screened,
 * scored blind by three reviewers each, taken to a joint evaluation with consensus, decided (adopted, adopted with
 * conditions, not adopted) with their 講評 and published; the two adopted ones then concluded an agreement, ran a
 * year (milestones, an accepted progress report with KPI actuals, the conditions resolved), ended, were
 * self-evaluated by both partners, assessed by the chair and the assessment published. Every step goes through the
 * same services as the API, with the clock set to the day it would have happened.
 */
export async function seedPastYear(
  services: INestApplicationContext,
  clock: SteppedClock,
  people: PastYearPeople,
  fiscalYear: number,
): Promise<PastYear> {
  const y = fiscalYear;
  const prev = y - 1;
  const calls = services.get(CallsService);
  const rubrics = services.get(RubricsService);
  const create = services.get(CreateProposal);
  const submit = services.get(SubmitProposal);
  const send = services.get(SendProposalEvent);
  const queries = services.get(ProposalQueries);
  const assign = services.get(AssignReviewers);
  const sheets = services.get(ScoreSheetsService);
  const submitSheet = services.get(SubmitScoreSheet);
  const schedule = services.get(ScheduleSession);
  const sessions = services.get(SessionsService);
  const consensus = services.get(RecordConsensus);
  const conclude = services.get(ConcludeAgreement);
  const reportProgress = services.get(ReportProgress);
  const reviewReport = services.get(ReviewProgressReport);
  const milestone = services.get(RecordMilestone);
  const partnership = services.get(PartnershipQueries);
  const { secretariat, chair } = people;

  const version = async (actor: Actor, id: string) => (await queries.get(actor, id)).version;
  const move = async (actor: Actor, id: string, event: LifecycleEventInput) =>
    send.execute(actor, id, await version(actor, id), event);

  clock.step(`${prev}-04-25T10:00:00+09:00`);
  const call = await calls.create(secretariat, {
    fiscalYear: y,
    titleJa: `${reiwa(y)} かがやき市協働事業提案制度`,
    titleEn: `FY${y} Kagayaki collaborative project proposals`,
    descriptionJa: `${reiwa(y)}に市と協働で実施する事業の提案を募集します。採択された事業は、協定を結んだうえで1年間実施し、終了後に事業評価を行います。`,
    descriptionEn: `Proposals for projects carried out with the city in FY${y}; adopted projects conclude an agreement, run for a year and are evaluated at its end.`,
    eligibilityJa: '市内で活動する市民活動団体、NPO法人、町内会・自治会、及び市の担当課',
    eligibilityEn: 'Citizen groups, NPOs and neighbourhood associations active in the city, and city departments',
    maxRequestedAmount: 1_000_000,
    activityFields: ['child_development', 'health_welfare', 'community_development', 'information_society'],
    submissionOpensAt: `${prev}-05-07T09:00:00+09:00`,
    // Open until the proposals are in: the running worker closes a call whose deadline has passed on the real
    // clock, which would expire these drafts between their creation and their submission. The real deadline is
    // set once they are submitted (its timer then finds nothing open).
    submissionClosesAt: new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString(),
  });
  await rubrics.put(secretariat, call.id, 'document', RUBRIC_TEMPLATES['selection-weighted-30']!);
  await rubrics.put(secretariat, call.id, 'project_end', RUBRIC_TEMPLATES['project-end']!);

  const ids: string[] = [];
  for (const plan of plans(y)) {
    clock.step(plan.submittedOn.replace(/T\d\d/, 'T09'));
    const author = people[plan.author];
    const draft = await create.execute(author, call.id, {
      organizationId: plan.organizationId(people),
      title: plan.title,
      partnerDepartmentIds: plan.partners(people),
      content: plan.content,
    });
    clock.step(plan.submittedOn);
    await submit.execute(author, draft.id, draft.version, { type: 'SUBMIT' });
    ids.push(draft.id);
  }
  await calls.update(secretariat, call.id, (await calls.get(secretariat, call.id)).version, {
    submissionClosesAt: `${prev}-06-28T17:00:00+09:00`,
  });
  const all = plans(y).map((plan, i) => ({ plan, id: ids[i]! }));

  // 形式審査, then three reviewers per proposal, blind.
  clock.step(`${prev}-07-03T14:00:00+09:00`);
  for (const { id } of all) await move(secretariat, id, { type: 'ACCEPT' });
  clock.step(`${prev}-07-05T10:00:00+09:00`);
  for (const { plan, id } of all) {
    const assignments = await assign.execute(
      secretariat,
      id,
      plan.reviewers.map((r) => people[r].userId),
      'document',
    );
    for (const [i, reviewer] of plan.reviewers.entries()) {
      const assignment = assignments.find((a) => a.reviewerId === people[reviewer].userId)!;
      clock.step(`${prev}-07-${String(16 + i * 3).padStart(2, '0')}T16:00:00+09:00`);
      await sheets.save(people[reviewer], assignment.id, {
        scores: scores(plan.sheets[i]!),
        comments: { feasibility: '実施体制と工程を確認した。', local_needs: '提案書の根拠資料を確認した。' },
      });
      await submitSheet.execute(people[reviewer], assignment.id);
    }
  }
  clock.step(`${prev}-07-31T17:00:00+09:00`);
  for (const { id } of all) await move(secretariat, id, { type: 'REVIEW_COMPLETE' });

  // 合同評価会議: scheduled within the day before, so no 「明日は」 reminder is queued for a meeting long past.
  clock.step(`${prev}-08-19T15:00:00+09:00`);
  const session = await schedule.execute(secretariat, call.id, {
    committeeId: people.committeeId,
    stage: 'document',
    startsAt: `${prev}-08-20T13:30:00+09:00`,
    place: 'かがやき市役所 本庁舎5階 大会議室',
    quorum: 2,
    slotMinutes: { presentation: 10, questions: 10 },
    proposalIds: ids,
  });
  clock.step(`${prev}-08-20T13:25:00+09:00`);
  await sessions.recordAttendance(secretariat, session.id, [chair.userId, people.member.userId]);
  for (const [i, { plan, id }] of all.entries()) {
    clock.step(`${prev}-08-20T${14 + Math.floor(i / 2)}:${i % 2 === 0 ? '10' : '40'}:00+09:00`);
    await consensus.execute(chair, session.id, id, {
      scores: scores(plan.consensus.scores),
      reasons: Object.fromEntries(CRITERIA.map((key, k) => [key, plan.consensus.reasons[k]!])),
    });
  }
  clock.step(`${prev}-08-20T16:30:00+09:00`);
  for (const { plan, id } of all) await move(chair, id, { type: 'FINALIZE', ...plan.decision });
  await sessions.recordMinutes(
    secretariat,
    session.id,
    [
      `${reiwa(y)} かがやき市協働事業提案制度 合同評価会議 議事録`,
      `日時：${prev}年8月20日 13時30分〜16時30分　場所：かがやき市役所 本庁舎5階 大会議室`,
      '出席：委員2名（定足数を満たす）',
      '各提案について提案者の説明と質疑の後、評価項目ごとに合意点と理由を確認した。',
      '「子ども食堂を拠点とした学習支援と見守り事業」は採択、「高齢者の買い物支援と見守り活動「ひがし見守り便」」は条件付き採択、「子育て情報アプリの市民協働による共同開発」は不採択とすることを決定した。',
    ].join('\n'),
  );
  clock.step(`${prev}-09-02T10:00:00+09:00`);
  for (const { id } of all) await move(secretariat, id, { type: 'PUBLISH' });

  // After adoption: the fiscal year itself.
  const projects = all.filter(({ plan }) => plan.decision.decision !== 'notAdopted');
  const partnerOf = (plan: Plan) => (plan.author === 'npo' ? people.childDept : people.welfare);
  const walks: Walk[] = [
    {
      granted: 760_000,
      form: 'futankin',
      groupName: 'NPO法人 こども食堂ひだまり',
      departmentName: 'こども家庭課',
      roleSharing:
        '団体：子ども食堂と学習支援教室の運営、学習ボランティアの確保／市：学校への周知、家庭児童相談員による支援',
      costSharing: '食材費・教材費は団体、会場使用料は市が負担する',
      milestones: [
        { on: `${y}-05-24`, title: '学習ボランティア研修会の開催' },
        { on: `${y}-08-05`, title: '夏休み学習会（5日間）の開催' },
      ],
      progress: {
        summary: '上半期は学習支援教室を46回開催し、延べ470人が参加した。相談が必要な家庭5件を家庭児童相談につないだ。',
        kpiActuals: { 学習支援の延べ参加者数: 470, 学習支援教室の開催回数: 46, 関係機関につないだ件数: 5 },
      },
      conditionNotes: [],
      groupSelf: {
        summary:
          '年間で学習支援教室を92回開催し、延べ930人が参加した。学習ボランティアが18人に増え、次年度も継続できる体制が整った。',
        scores: [5, 4, 4, 4, 5, 4, 5, 4],
        kpiActuals: { 学習支援の延べ参加者数: 930, 学習支援教室の開催回数: 92, 関係機関につないだ件数: 11 },
      },
      departmentSelf: {
        summary:
          '学校や家庭児童相談との連携が進み、支援が必要な家庭を早期に把握できた。情報共有の頻度は引き続き改善したい。',
        scores: [4, 4, 3, 4, 4, 4, 4, 4],
      },
      verdict: 'A',
      comment:
        '目標を上回る参加があり、学習支援と見守りを一体的に行う協働の効果が明確に表れている。家庭児童相談へのつなぎも実績を上げており、協働による相乗効果が高い。今後は団体の自主財源を増やし、自立的な運営へ移行することを期待する。',
    },
    {
      granted: 450_000,
      form: 'futankin',
      groupName: '東町町内会',
      departmentName: '高齢者福祉課',
      roleSharing:
        '団体：協力員による買い物支援と見守り訪問／市：対象世帯の把握への協力、地域包括支援センター等との調整',
      costSharing: '車両借上げ・燃料費は団体、協力員研修の講師謝礼は市が負担する',
      milestones: [
        { on: `${y}-05-17`, title: '協力員研修会の開催（協力員22人）' },
        { on: `${y}-06-02`, title: '買い物支援の運行開始' },
      ],
      progress: {
        summary: '6月から週1回の運行を始め、上半期で延べ260人が利用した。協力員は22人を確保した。',
        kpiActuals: { 買い物支援の延べ利用者数: 260, 見守り訪問の回数: 210 },
      },
      conditionNotes: [
        '5月に高齢者福祉課と協議し、利用者情報の取扱規程を定めたことを確認した',
        '10月の中間報告で、協力員22人の確保を確認した',
      ],
      groupSelf: {
        summary:
          '年間で延べ540人が利用し、見守り訪問は430回となった。異変の早期発見が3件あり、地域包括支援センターにつないだ。',
        scores: [4, 4, 4, 4, 4, 4, 5, 3],
        kpiActuals: { 買い物支援の延べ利用者数: 540, 見守り訪問の回数: 430 },
      },
      departmentSelf: {
        summary:
          '町内会と地域包括支援センターとの連携が定着した。利用者数は目標をやや下回ったが、冬期の運行方法に改善の余地がある。',
        scores: [3, 4, 3, 3, 3, 3, 4, 3],
      },
      verdict: 'B',
      comment:
        '買い物支援と見守りが地域に定着し、異変の早期発見につながった点は評価できる。一方、利用者数は目標を下回っており、冬期の運行や周知方法に改善の余地がある。協力員の高齢化も見据え、担い手の育成に市と町内会が協力して取り組まれたい。',
    },
  ];
  for (const [i, { plan, id }] of projects.entries()) {
    const walk = walks[i]!;
    const group = people[plan.author];
    const department = partnerOf(plan);
    clock.step(`${y}-04-01T10:00:00+09:00`);
    await conclude.execute(secretariat, id, await version(secretariat, id), {
      groupName: walk.groupName,
      departmentName: walk.departmentName,
      termStart: `${y}-04-01`,
      termEnd: `${y + 1}-03-31`,
      roleSharing: walk.roleSharing,
      informationSharing: '毎月1回の連絡会で進捗と課題を共有し、記録を双方で保管する',
      costSharing: walk.costSharing,
      grantedAmount: walk.granted,
      partnershipForm: walk.form,
      formNumber: '様式第7号',
      madeOn: `${y}-04-01`,
    });
    await move(secretariat, id, { type: 'START' });
    for (const m of walk.milestones) {
      clock.step(`${m.on}T17:00:00+09:00`);
      await milestone.execute(group, id, await version(group, id), { title: m.title, dueOn: m.on, status: 'done' });
    }
    for (const [k, note] of walk.conditionNotes.entries()) {
      clock.step(k === 0 ? `${y}-05-30T11:00:00+09:00` : `${y}-10-21T11:00:00+09:00`);
      await move(secretariat, id, { type: 'RESOLVE_CONDITION', conditionId: `c${k + 1}`, note });
    }
    clock.step(`${y}-10-10T10:00:00+09:00`);
    await reportProgress.execute(group, id, await version(group, id), {
      periodFrom: `${y}-04-01`,
      periodTo: `${y}-09-30`,
      ...walk.progress,
    });
    clock.step(`${y}-10-20T15:00:00+09:00`);
    const [report] = (await partnership.overview(secretariat, id)).progressReports;
    await reviewReport.execute(secretariat, id, report!.id, { decision: 'accepted' });
    clock.step(`${y + 1}-03-31T17:00:00+09:00`);
    await move(secretariat, id, { type: 'END' });
    clock.step(`${y + 1}-04-18T10:00:00+09:00`);
    await move(group, id, {
      type: 'SUBMIT_SELF_EVALUATION',
      party: 'group',
      summary: walk.groupSelf.summary,
      scores: endScores(walk.groupSelf.scores),
      kpiActuals: walk.groupSelf.kpiActuals,
    });
    clock.step(`${y + 1}-04-24T16:00:00+09:00`);
    await move(department, id, {
      type: 'SUBMIT_SELF_EVALUATION',
      party: 'department',
      summary: walk.departmentSelf.summary,
      scores: endScores(walk.departmentSelf.scores),
    });
    clock.step(`${y + 1}-05-26T16:00:00+09:00`);
    await move(chair, id, { type: 'ASSESS', verdict: walk.verdict, comment: walk.comment });
    clock.step(`${y + 1}-06-10T10:00:00+09:00`);
    await move(secretariat, id, { type: 'PUBLISH' });
  }
  const notAdopted = all.find(({ plan }) => plan.decision.decision === 'notAdopted')!;
  return {
    callId: call.id,
    fiscalYear: y,
    assessed: projects.map(({ plan, id }) => ({ id, title: plan.title })),
    notAdopted: { id: notAdopted.id, title: notAdopted.plan.title },
  };
}
