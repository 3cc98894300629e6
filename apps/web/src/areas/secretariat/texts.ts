import { defineMessages } from '../../i18n/i18n';

/** Texts shared by the console's pages: navigation, proposal states, stages, confirmation. */
export const consoleTexts = defineMessages({
  ja: {
    consoleNav: '事務局メニュー',
    navDashboard: 'ダッシュボード',
    navNewCall: '募集回を作成',
    navReports: '帳票',
    navDeadLetters: '送信失敗の通知',
    navTemplates: '通知文面の確認',
    navGroupRegistrations: '団体登録の審査',
    navPlainJapanese: 'やさしい日本語チェック',
    navFuriganaReadings: 'ふりがなの読み方',
    confirm: '実行する',
    cancel: 'キャンセル',
    done: '完了しました',
    stageDocument: '書類審査',
    stagePresentation: '公開プレゼン審査',
    stageProject_end: '事業評価',
    backToCall: '募集回に戻る',
    proposalsOfCall: '提案一覧',
    editCall: '募集回の設定',
    scheduleSession: '合同評価会議を設定',
    publication: '公表と一斉通知',
    plainJapaneseVersion: 'やさしい日本語版',
    noItems: '該当するものはありません。',
  },
  en: {
    consoleNav: 'Secretariat menu',
    navDashboard: 'Dashboard',
    navNewCall: 'New call',
    navReports: 'Reports',
    navDeadLetters: 'Failed notifications',
    navTemplates: 'Notification templates',
    navGroupRegistrations: 'Group registrations',
    navPlainJapanese: 'Plain Japanese check',
    navFuriganaReadings: 'Furigana readings',
    confirm: 'Confirm',
    cancel: 'Cancel',
    done: 'Done',
    stageDocument: 'Document review',
    stagePresentation: 'Presentation review',
    stageProject_end: 'Project evaluation',
    backToCall: 'Back to the call',
    proposalsOfCall: 'Proposals',
    editCall: 'Call settings',
    scheduleSession: 'Schedule a joint evaluation session',
    publication: 'Publication and announcement',
    plainJapaneseVersion: 'Plain Japanese version',
    noItems: 'Nothing to show.',
  },
});

/** Proposal states as the machine names them, in words. */
export const stateTexts = defineMessages({
  ja: {
    draft: '下書き',
    'submitted.screening': '形式審査待ち',
    'submitted.revisionRequested': '修正依頼中',
    consultation: '担当課協議',
    review: '審査中',
    jointEvaluation: '合同評価',
    'decided.provisional': '採択内定（予算待ち）',
    'decided.adopted': '採択',
    'decided.adoptedWithConditions': '条件付き採択',
    'decided.notAdopted': '不採択',
    'disclosed.provisional': '公表済（採択内定・予算待ち）',
    'disclosed.adopted': '公表済（採択）',
    'disclosed.adoptedWithConditions': '公表済（条件付き採択）',
    'disclosed.notAdopted': '公表済（不採択）',
    agreement: '協定締結',
    implementation: '事業実施中',
    projectEvaluation: '事業評価',
    completed: '完了',
    'closed.ineligible': '対象外',
    'closed.expired': '期限切れ',
    withdrawn: '取下げ',
  },
  en: {
    draft: 'Draft',
    'submitted.screening': 'Awaiting screening',
    'submitted.revisionRequested': 'Returned for correction',
    consultation: 'Department consultation',
    review: 'In review',
    jointEvaluation: 'Joint evaluation',
    'decided.provisional': 'Provisionally adopted (awaiting the budget)',
    'decided.adopted': 'Adopted',
    'decided.adoptedWithConditions': 'Adopted with conditions',
    'decided.notAdopted': 'Not adopted',
    'disclosed.provisional': 'Published (provisional, awaiting the budget)',
    'disclosed.adopted': 'Published (adopted)',
    'disclosed.adoptedWithConditions': 'Published (with conditions)',
    'disclosed.notAdopted': 'Published (not adopted)',
    agreement: 'Agreement',
    implementation: 'Implementation',
    projectEvaluation: 'Project evaluation',
    completed: 'Completed',
    'closed.ineligible': 'Ineligible',
    'closed.expired': 'Expired',
    withdrawn: 'Withdrawn',
  },
});

export type StateKey = keyof (typeof stateTexts)['ja'];

/** Known state key of a machine state (nested project-evaluation states fold into one). */
export function stateKey(state: string): StateKey {
  if (state.startsWith('projectEvaluation')) return 'projectEvaluation';
  return (state in stateTexts.ja ? state : 'draft') as StateKey;
}

export function stateTone(state: string): 'neutral' | 'good' | 'warn' | 'bad' | 'info' {
  if (state === 'submitted.screening') return 'warn';
  if (state.startsWith('closed') || state === 'withdrawn' || state.endsWith('notAdopted')) return 'bad';
  if (state.endsWith('.provisional')) return 'info';
  if (state.startsWith('decided') || state.startsWith('disclosed') || state === 'completed') return 'good';
  if (state === 'submitted.revisionRequested') return 'info';
  return 'neutral';
}

export const SCREENING_STATES = ['submitted.screening', 'submitted.revisionRequested'];
