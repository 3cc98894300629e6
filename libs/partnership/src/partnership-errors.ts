import { DomainError, type ErrorKind, type LocalizedText } from '@kyodo/platform';

export enum PartnershipErrorCode {
  EventNotAllowed = 'partnership_event_not_allowed',
  TermOrder = 'agreement_term_order',
  AlreadyConcluded = 'agreement_already_concluded',
  UnknownParty = 'agreement_unknown_party',
  PeriodOrder = 'progress_period_order',
  UnknownKpi = 'progress_unknown_kpi',
  ReportNotFound = 'progress_report_not_found',
  ReportAlreadyReviewed = 'progress_report_already_reviewed',
  ReturnNeedsNote = 'progress_report_return_needs_note',
  ReviewNotAllowed = 'progress_report_review_not_allowed',
  NotImplementing = 'partnership_not_implementing',
  NotPartner = 'partnership_not_partner',
  PlanChangeNotFound = 'plan_change_not_found',
  PlanChangeAlreadyReviewed = 'plan_change_already_reviewed',
  PlanChangeBudgetKind = 'plan_change_budget_total_without_budget',
  PlanChangeTermKind = 'plan_change_term_without_kind',
  PlanChangeTermOrder = 'plan_change_term_order',
  MilestoneNotFound = 'milestone_not_found',
  MilestoneAlreadyDone = 'milestone_already_done',
  MilestoneStatusNeeds = 'milestone_status_needs_detail',
  NotEnded = 'results_report_not_ended',
  ResultsReportNotFiler = 'results_report_not_group',
  ResultsReportOpen = 'results_report_open',
  ResultsReportNotFound = 'results_report_not_found',
  ResultsReportAlreadyReviewed = 'results_report_already_reviewed',
  MissingKpi = 'results_report_missing_kpi',
  UnknownBudgetLine = 'results_report_budget_line',
  TotalMismatch = 'results_report_total_mismatch',
  UsedOverExpense = 'results_report_used_over_expense',
  NoAgreement = 'results_report_no_agreement',
}

const MESSAGES: Record<PartnershipErrorCode, [ErrorKind, LocalizedText]> = {
  [PartnershipErrorCode.EventNotAllowed]: [
    'unprocessable',
    {
      ja: 'この提案では、いまこの操作はできません。提案の状態を確認してください。',
      en: 'This step is not possible for this proposal now. Check its state.',
    },
  ],
  [PartnershipErrorCode.TermOrder]: [
    'unprocessable',
    { ja: '協定期間の終了日は開始日より後にしてください。', en: 'The term must end after it starts.' },
  ],
  [PartnershipErrorCode.AlreadyConcluded]: [
    'conflict',
    { ja: 'この提案の協定はすでに締結されています。', en: 'The agreement of this proposal is concluded already.' },
  ],
  [PartnershipErrorCode.UnknownParty]: [
    'unprocessable',
    {
      ja: '協定の当事者は、提案した団体・部署と、提案に記載された協働相手から選んでください。',
      en: 'The agreement’s parties are the proposing organisation and the partners the proposal names.',
    },
  ],
  [PartnershipErrorCode.PeriodOrder]: [
    'unprocessable',
    {
      ja: '報告期間の終了日は開始日と同じか、それより後にしてください。',
      en: 'The reporting period must not end before it starts.',
    },
  ],
  [PartnershipErrorCode.UnknownKpi]: [
    'unprocessable',
    {
      ja: '提案書にない成果指標の実績が含まれています。提案書の指標名で入力してください。',
      en: 'An actual was given for a KPI the proposal does not have. Use the proposal’s KPI names.',
    },
  ],
  [PartnershipErrorCode.ReportNotFound]: [
    'not_found',
    { ja: '中間報告が見つかりません。', en: 'The progress report was not found.' },
  ],
  [PartnershipErrorCode.ReportAlreadyReviewed]: [
    'conflict',
    {
      ja: 'この中間報告はすでに確認済みです。画面を読み込み直してください。',
      en: 'This progress report has been reviewed already. Reload the page.',
    },
  ],
  [PartnershipErrorCode.ReturnNeedsNote]: [
    'unprocessable',
    {
      ja: '差し戻すときは、直してほしい点を書いてください。',
      en: 'Say what to correct when returning a report.',
    },
  ],
  [PartnershipErrorCode.ReviewNotAllowed]: [
    'forbidden',
    { ja: '中間報告を確認できるのは事務局です。', en: 'Only the secretariat reviews progress reports.' },
  ],
  [PartnershipErrorCode.NotImplementing]: [
    'unprocessable',
    {
      ja: '事業の実施中でないため、この操作はできません。',
      en: 'This is only possible while the project is being implemented.',
    },
  ],
  [PartnershipErrorCode.NotPartner]: [
    'forbidden',
    {
      ja: 'この操作ができるのは、提案した団体・担当課と事務局です。',
      en: 'Only the proposing group, the partner department and the secretariat may do this.',
    },
  ],
  [PartnershipErrorCode.PlanChangeNotFound]: [
    'not_found',
    { ja: '計画変更の申請が見つかりません。', en: 'The plan change request was not found.' },
  ],
  [PartnershipErrorCode.PlanChangeAlreadyReviewed]: [
    'conflict',
    {
      ja: 'この計画変更の申請はすでに審査済みです。画面を読み込み直してください。',
      en: 'This plan change request has been reviewed already. Reload the page.',
    },
  ],
  [PartnershipErrorCode.PlanChangeBudgetKind]: [
    'unprocessable',
    {
      ja: '変更後の予算総額を書くときは、変更する内容に「予算」を選んでください。',
      en: 'Choose “budget” among the changes when giving a changed budget total.',
    },
  ],
  [PartnershipErrorCode.PlanChangeTermKind]: [
    'unprocessable',
    {
      ja: '変更後の値を書いた項目は、変更する内容でも選んでください（期間は「期間」、役割分担は「活動内容」、費用負担と交付額は「予算」、目標値は「成果指標」）。',
      en: 'Choose the kind of each changed term among the changes (period for the term, activities for role sharing, budget for cost sharing and the granted amount, KPIs for targets).',
    },
  ],
  [PartnershipErrorCode.PlanChangeTermOrder]: [
    'unprocessable',
    {
      ja: '変更後の協定期間は、終了日を開始日より後にしてください。',
      en: 'After the change, the term must end after it starts.',
    },
  ],
  [PartnershipErrorCode.MilestoneNotFound]: [
    'not_found',
    { ja: '工程が見つかりません。', en: 'The milestone was not found.' },
  ],
  [PartnershipErrorCode.MilestoneAlreadyDone]: [
    'conflict',
    {
      ja: 'この工程はすでに完了として記録されています。',
      en: 'This milestone is recorded as done already.',
    },
  ],
  [PartnershipErrorCode.MilestoneStatusNeeds]: [
    'unprocessable',
    {
      ja: '完了には完了日を、遅れには遅れの理由を書いてください。',
      en: 'Give the day it was done, or why it is delayed.',
    },
  ],
  [PartnershipErrorCode.NotEnded]: [
    'unprocessable',
    {
      ja: '実績報告は、事業が終了してから出せます。',
      en: 'The results report can be filed once the project has ended.',
    },
  ],
  [PartnershipErrorCode.ResultsReportNotFiler]: [
    'forbidden',
    {
      ja: '実績報告を出せるのは提案した団体です。',
      en: 'Only the proposing group files the results report.',
    },
  ],
  [PartnershipErrorCode.ResultsReportOpen]: [
    'conflict',
    {
      ja: '確認待ちまたは確認済みの実績報告があります。差し戻されたときだけ出し直せます。',
      en: 'A results report is awaiting review or accepted. It can be filed again only after a return.',
    },
  ],
  [PartnershipErrorCode.ResultsReportNotFound]: [
    'not_found',
    { ja: '実績報告が見つかりません。', en: 'The results report was not found.' },
  ],
  [PartnershipErrorCode.ResultsReportAlreadyReviewed]: [
    'conflict',
    {
      ja: 'この実績報告はすでに確認済みです。画面を読み込み直してください。',
      en: 'This results report has been reviewed already. Reload the page.',
    },
  ],
  [PartnershipErrorCode.MissingKpi]: [
    'unprocessable',
    {
      ja: '提案書のすべての成果指標について実績を入力してください。',
      en: 'Give the actual of every KPI of the proposal.',
    },
  ],
  [PartnershipErrorCode.UnknownBudgetLine]: [
    'unprocessable',
    {
      ja: '収支の項目が提案書の予算と合いません。同じ項目を二度書いていないか確認してください。',
      en: 'The accounts’ lines do not match the proposal’s budget. Check that no line is given twice.',
    },
  ],
  [PartnershipErrorCode.TotalMismatch]: [
    'unprocessable',
    {
      ja: '収入・支出の合計が各項目の合計と合いません。',
      en: 'The income or expenditure total is not the sum of its lines.',
    },
  ],
  [PartnershipErrorCode.UsedOverExpense]: [
    'unprocessable',
    {
      ja: '交付金の使用額は、支出の合計を超えられません。',
      en: 'The amount of the grant used cannot exceed the expenditure total.',
    },
  ],
  [PartnershipErrorCode.NoAgreement]: [
    'unprocessable',
    { ja: 'この提案には協定がありません。', en: 'This proposal has no agreement.' },
  ],
};

/** The partnership library's refusals, each with a stable code and its ja/en text. */
export class PartnershipError extends DomainError {
  constructor(code: PartnershipErrorCode, extensions: Record<string, unknown> = {}) {
    const [kind, text] = MESSAGES[code];
    super(code, kind, text, extensions);
  }
}
