import { DomainError, type ErrorKind, type LocalizedText } from '@kyodo/platform';

export enum ReportErrorCode {
  NotAllowed = 'report_not_allowed',
  NotFound = 'report_not_found',
  NotReady = 'report_not_ready',
  ProposalRequired = 'report_proposal_required',
  AgreementRequired = 'report_agreement_required',
}

const MESSAGES: Record<ReportErrorCode, [ErrorKind, LocalizedText]> = {
  [ReportErrorCode.NotAllowed]: [
    'forbidden',
    { ja: '帳票を作成できるのは事務局と管理者です。', en: 'Only the secretariat and administrators can make reports.' },
  ],
  [ReportErrorCode.NotFound]: ['not_found', { ja: '帳票が見つかりません。', en: 'The report was not found.' }],
  [ReportErrorCode.NotReady]: [
    'conflict',
    {
      ja: '帳票はまだ作成中です。状態を確認してから取得してください。',
      en: 'The report is not ready yet. Check its status, then download it.',
    },
  ],
  [ReportErrorCode.AgreementRequired]: [
    'unprocessable',
    {
      ja: '協定書は、この募集の提案で協定を締結したものについて作成できます。',
      en: 'An agreement document needs a proposal of this call whose agreement is concluded.',
    },
  ],
  [ReportErrorCode.ProposalRequired]: [
    'unprocessable',
    {
      ja: '評価シートには、この募集の提出済みの提案を指定してください。',
      en: 'An evaluation sheet needs a submitted proposal of this call.',
    },
  ],
};

export class ReportError extends DomainError {
  constructor(code: ReportErrorCode, extensions: Record<string, unknown> = {}) {
    const [kind, text] = MESSAGES[code];
    super(code, kind, text, extensions);
  }
}
