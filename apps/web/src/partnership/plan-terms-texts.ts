import { defineMessages } from '../i18n/i18n';

/** The words of a plan change's terms: what it asks to set, and what its approval changed. */
export const planTermsTexts = defineMessages({
  ja: {
    requestedTerms: '申請された変更後の値',
    appliedTerms: '承認による変更（{date}、{name}）',
    appliedTermsNoName: '承認による変更（{date}）',
    history: '計画変更による協定の変更履歴',
    noHistory: '承認された計画変更はありません。',
    term: '項目',
    before: '変更前',
    after: '変更後',
    termStart: '協定期間の開始日',
    termEnd: '協定期間の終了日',
    roleSharing: '役割分担',
    costSharing: '経費の分担',
    grantedAmount: '交付額',
    kpiTarget: '{name}の目標',
  },
  en: {
    requestedTerms: 'Values requested',
    appliedTerms: 'Changed on approval ({date}, {name})',
    appliedTermsNoName: 'Changed on approval ({date})',
    history: 'Changes to the agreement by plan changes',
    noHistory: 'No plan change approved.',
    term: 'Term',
    before: 'Before',
    after: 'After',
    termStart: 'Start of the term',
    termEnd: 'End of the term',
    roleSharing: 'Role sharing',
    costSharing: 'Cost sharing',
    grantedAmount: 'Amount granted',
    kpiTarget: 'Target of {name}',
  },
});
