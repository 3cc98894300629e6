import { defineMessages } from '../../i18n/i18n';
import { ORIGIN_MESSAGES } from '../../i18n/origin-labels';

/** Words the public pages share: decisions, origins, stages, states, the municipality picker. */
export const publicTexts = defineMessages({
  ja: {
    adopted: '採択',
    adoptedWithConditions: '条件付き採択',
    notAdopted: '不採択',
    provisional: '採択内定',
    undecided: '未決定',
    ...ORIGIN_MESSAGES.ja,
    document: '書類審査',
    presentation: '公開プレゼンテーション審査',
    project_end: '事業評価',
    municipality: '自治体',
    chooseMunicipality: '自治体を選んでください',
    chooseMunicipalityHint: 'この案内は複数の自治体の制度をまとめて公開しています。',
    show: '表示する',
    change: '自治体を変更',
    noMunicipality: '公開している自治体はまだありません。',
    yen: '{amount}円',
    stateDraft: '作成中',
    stateSubmitted: '受付・形式審査',
    stateConsultation: '担当課協議',
    stateReview: '審査',
    stateJointEvaluation: '合同評価',
    stateDecided: '決定',
    stateDisclosed: '公開',
    stateAgreement: '協定締結',
    stateImplementation: '事業実施',
    stateProjectEvaluation: '事業評価',
    stateCompleted: '完了',
    stateWithdrawn: '取下げ',
    stateClosed: '終了',
  },
  en: {
    adopted: 'Adopted',
    adoptedWithConditions: 'Adopted with conditions',
    notAdopted: 'Not adopted',
    provisional: 'Provisionally adopted',
    undecided: 'Not decided',
    ...ORIGIN_MESSAGES.en,
    document: 'Document review',
    presentation: 'Public presentation review',
    project_end: 'Project evaluation',
    municipality: 'Municipality',
    chooseMunicipality: 'Choose a municipality',
    chooseMunicipalityHint: 'This site publishes the schemes of several municipalities.',
    show: 'Show',
    change: 'Change municipality',
    noMunicipality: 'No municipality publishes here yet.',
    yen: '¥{amount}',
    stateDraft: 'Draft',
    stateSubmitted: 'Received and screened',
    stateConsultation: 'Consultation with the department',
    stateReview: 'Review',
    stateJointEvaluation: 'Joint evaluation',
    stateDecided: 'Decided',
    stateDisclosed: 'Published',
    stateAgreement: 'Agreement concluded',
    stateImplementation: 'Project running',
    stateProjectEvaluation: 'Project evaluation',
    stateCompleted: 'Completed',
    stateWithdrawn: 'Withdrawn',
    stateClosed: 'Closed',
  },
});

export type PublicTextKey = keyof (typeof publicTexts)['ja'];

/** `decided.adoptedWithConditions` → 決定（条件付き採択）. */
export function stateKey(state: string): { top: PublicTextKey | null; outcome: PublicTextKey | null } {
  const [top, sub] = state.split('.');
  const name = top ? (`state${top[0]!.toUpperCase()}${top.slice(1)}` as PublicTextKey) : null;
  const outcome =
    sub && ['adopted', 'adoptedWithConditions', 'notAdopted', 'provisional'].includes(sub)
      ? (sub as PublicTextKey)
      : null;
  return { top: name && name in publicTexts.ja ? name : null, outcome };
}

export function decisionTone(outcome: string | null | undefined): 'good' | 'warn' | 'bad' | 'neutral' {
  if (outcome === 'adopted') return 'good';
  if (outcome === 'adoptedWithConditions') return 'warn';
  if (outcome === 'notAdopted') return 'bad';
  return 'neutral';
}

/** The badge of a published decision: 採択内定 while the budget is pending, else the outcome. */
export function decisionBadge(decision: { outcome: string; provisional?: boolean }): {
  key: PublicTextKey;
  tone: ReturnType<typeof decisionTone>;
} {
  if (decision.provisional) return { key: 'provisional', tone: 'neutral' };
  return { key: decision.outcome as PublicTextKey, tone: decisionTone(decision.outcome) };
}
