import { DomainError, type ErrorKind, type LocalizedText } from '@kyodo/platform';

export enum ProposalErrorCode {
  CallNotFound = 'call_not_found',
  ProposalNotFound = 'proposal_not_found',
  NotAllowed = 'proposal_action_not_allowed',
  EventNotAllowed = 'event_not_allowed',
  NotEditable = 'proposal_not_editable',
  NotOrganizationMember = 'not_organization_member',
  CallClosed = 'call_closed',
  AmountOverMaximum = 'requested_amount_over_maximum',
  AmountOverSubsidyRatio = 'requested_amount_over_subsidy_ratio',
  AmountOverYearCap = 'requested_amount_over_year_cap',
  VersionNotFound = 'proposal_version_not_found',
  ContentIncomplete = 'proposal_content_incomplete',
  InvalidReference = 'invalid_reference',
  AttachmentRejected = 'attachment_rejected',
  AttachmentExpandsTooFar = 'attachment_expands_too_far',
  AttachmentMalformed = 'attachment_malformed',
  AttachmentHasMacros = 'attachment_has_macros',
  AttachmentActiveContent = 'attachment_active_content',
  ContinuationNotAllowed = 'continuation_not_allowed',
  PredecessorNotEligible = 'predecessor_not_eligible',
  PredecessorNotAdopted = 'predecessor_not_adopted',
  ContinuationOverCap = 'continuation_over_cap',
  PredecessorNotCarriedOut = 'predecessor_not_carried_out',
  ContinuationAlreadyProposed = 'continuation_already_proposed',
}

const MESSAGES: Record<ProposalErrorCode, [ErrorKind, LocalizedText]> = {
  [ProposalErrorCode.CallNotFound]: ['not_found', { ja: '募集回が見つかりません。', en: 'The call was not found.' }],
  [ProposalErrorCode.ProposalNotFound]: [
    'not_found',
    { ja: '提案が見つかりません。', en: 'The proposal was not found.' },
  ],
  [ProposalErrorCode.NotAllowed]: [
    'forbidden',
    { ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  ],
  [ProposalErrorCode.EventNotAllowed]: [
    'unprocessable',
    {
      ja: '現在の状態ではこの操作はできません。',
      en: 'This action is not possible in the current state.',
    },
  ],
  [ProposalErrorCode.NotEditable]: [
    'unprocessable',
    {
      ja: '下書きまたは修正依頼中の提案だけを編集できます。',
      en: 'Only drafts and proposals returned for correction can be edited.',
    },
  ],
  [ProposalErrorCode.NotOrganizationMember]: [
    'forbidden',
    {
      ja: 'この団体・部署の提案者として登録されていません。',
      en: 'You are not registered as a proposer of this organisation.',
    },
  ],
  [ProposalErrorCode.CallClosed]: [
    'unprocessable',
    { ja: 'この募集回は現在受付期間外です。', en: 'This call is not accepting proposals now.' },
  ],
  [ProposalErrorCode.AmountOverSubsidyRatio]: [
    'unprocessable',
    {
      ja: '申請額が、収支予算の支出合計に募集回の補助率を掛けた額を超えています（1円未満切り捨て）。',
      en: 'The requested amount exceeds the call’s subsidy ratio applied to the budget’s total expenses (rounded down to the yen).',
    },
  ],
  [ProposalErrorCode.AmountOverYearCap]: [
    'unprocessable',
    {
      ja: '申請額が、この事業の年次（継続の何年目か）に募集回が定める上限額を超えています。',
      en: 'The requested amount exceeds the call’s cap for this year of the project.',
    },
  ],
  [ProposalErrorCode.AmountOverMaximum]: [
    'unprocessable',
    {
      ja: '申請額が募集回の上限を超えています。',
      en: 'The requested amount exceeds the maximum of the call.',
    },
  ],
  [ProposalErrorCode.VersionNotFound]: [
    'not_found',
    { ja: '指定された版が見つかりません。', en: 'That version of the proposal does not exist.' },
  ],
  [ProposalErrorCode.ContentIncomplete]: [
    'unprocessable',
    {
      ja: '提出に必要な項目が入力されていません。',
      en: 'Some fields required for submission are missing.',
    },
  ],
  [ProposalErrorCode.InvalidReference]: [
    'unprocessable',
    {
      ja: 'テーマ・担当課・活動分野の指定に誤りがあります。',
      en: 'The theme, partner departments or activity fields are not valid for this call.',
    },
  ],
  [ProposalErrorCode.AttachmentRejected]: [
    'unprocessable',
    {
      ja: '添付ファイルを受け付けられません（PDF・PNG・JPEG・Word・Excel、サイズと件数の上限内のみ）。',
      en: 'The attachment was refused (PDF, PNG, JPEG, Word or Excel only, within the size and count limits).',
    },
  ],
  [ProposalErrorCode.AttachmentExpandsTooFar]: [
    'unprocessable',
    {
      ja: '添付ファイルは展開すると大きくなりすぎるため受け付けられません（圧縮の比率または展開後の合計が上限を超えているか、記載されたサイズと実際のサイズが一致しません）。',
      en: 'The attachment expands too far when opened (its compression ratio or expanded total is over the limit, or the sizes it declares are not its real ones).',
    },
  ],
  [ProposalErrorCode.AttachmentMalformed]: [
    'unprocessable',
    {
      ja: '添付ファイルの構造が壊れているか不整合のため受け付けられません。作成したアプリケーションで保存し直してください。',
      en: 'The attachment is broken or inconsistent inside; save it again from the application that made it.',
    },
  ],
  [ProposalErrorCode.AttachmentHasMacros]: [
    'unprocessable',
    {
      ja: 'マクロ（VBA・Excel 4.0マクロ・ActiveX）を含むOfficeファイルは受け付けられません。マクロを含まない形式（.docx・.xlsx）で保存し直してください。',
      en: 'Office files with macros (VBA, Excel 4.0 macros or ActiveX) are not accepted; save it again as .docx or .xlsx without macros.',
    },
  ],
  [ProposalErrorCode.AttachmentActiveContent]: [
    'unprocessable',
    {
      ja: 'HTMLやスクリプト、埋め込みファイル、プログラムの起動を含むPDFは受け付けられません。印刷用のPDFとして書き出し直してください。',
      en: 'PDFs carrying HTML, scripts, embedded files or program launches are not accepted; export it again as a plain PDF for printing.',
    },
  ],
  [ProposalErrorCode.ContinuationNotAllowed]: [
    'unprocessable',
    {
      ja: 'この募集回では継続提案を受け付けていません。',
      en: 'This call does not accept continuation proposals.',
    },
  ],
  [ProposalErrorCode.PredecessorNotEligible]: [
    'unprocessable',
    {
      ja: '継続元の提案は、同じ団体が同じ自治体の前年度以前の募集回に出した提案から選んでください。',
      en: 'The proposal continued must be one your organisation made in an earlier call of the same municipality.',
    },
  ],
  [ProposalErrorCode.PredecessorNotAdopted]: [
    'unprocessable',
    {
      ja: '継続元の提案が採択されていません。継続提案は採択された事業だけを引き継げます。',
      en: 'The proposal continued was not adopted; only an adopted project can be continued.',
    },
  ],
  [ProposalErrorCode.ContinuationOverCap]: [
    'unprocessable',
    {
      ja: '継続できる年数の上限を超えます。この募集回では同じ事業を続けられるのは最長の年数までです。',
      en: 'This would run the project longer than the call allows for consecutive years.',
    },
  ],
  [ProposalErrorCode.PredecessorNotCarriedOut]: [
    'unprocessable',
    {
      ja: '継続元の事業が実施されたことを確認できません。協定を締結して事業を終了したか、実績報告が受理された事業だけを継続できます。',
      en: 'The project continued has not been shown to have been carried out: its agreement must be concluded and the project ended, or its results report accepted.',
    },
  ],
  [ProposalErrorCode.ContinuationAlreadyProposed]: [
    'unprocessable',
    {
      ja: 'この事業を継続する提案は、すでにあります（作成中、審査中または採択済み）。作成中・審査中ならその提案を続けて編集するか、取り下げてから作り直してください。採択済みなら、その年度の事業を継続してください。',
      en: 'A proposal continuing this project already exists (being drafted, reviewed or adopted). If it is a draft or in review, keep editing it or withdraw it first; if it was adopted, continue that year’s project instead.',
    },
  ],
};

export class ProposalError extends DomainError {
  constructor(code: ProposalErrorCode, extensions: Record<string, unknown> = {}) {
    const [kind, text] = MESSAGES[code];
    super(code, kind, text, extensions);
  }
}
