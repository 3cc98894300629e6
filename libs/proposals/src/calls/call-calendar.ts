import holidayJp from '@holiday-jp/holiday_jp';
import { fiscalYearOf, japanDay, type LocalizedText, warekiDate, warekiFiscalYear } from '@kyodo/platform';

/** The dates of a call a warning may name. */
export type CallDateField =
  | 'submissionOpensAt'
  | 'submissionClosesAt'
  | 'screeningAt'
  | 'reviewDeadlineAt'
  | 'jointEvaluationAt'
  | 'publicationAt';

/**
 * Something about a call's dates the secretariat should look at twice; never a refusal (a city may well close on a
 * Saturday, or hold its committee in the next year).
 * - `outside_recruitment_year`: the date is not in the call's 募集年度 (April–March, in Japan).
 * - `recruits_year_before`: every recruitment date lies in the year before 実施年度, while 募集年度 says the same year
 *   (a scheme that recruits ahead should say so).
 * - `deadline_on_closed_day`: a deadline falls on a weekend, a national holiday or 年末年始 (29 Dec – 3 Jan), when
 *   the office that takes the papers is closed.
 */
export interface CallDateWarning {
  code: 'outside_recruitment_year' | 'recruits_year_before' | 'deadline_on_closed_day';
  field: CallDateField;
  /** The day in Japan, YYYY-MM-DD. */
  day: string;
  message: LocalizedText;
}

export interface CallDates {
  fiscalYear: number;
  recruitmentFiscalYear: number;
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  screeningAt: Date | null;
  reviewDeadlineAt: Date | null;
  jointEvaluationAt: Date | null;
  publicationAt: Date | null;
}

const LABELS: Record<CallDateField, LocalizedText> = {
  submissionOpensAt: { ja: '募集開始日', en: 'Submission opening' },
  submissionClosesAt: { ja: '提出締切日', en: 'Submission deadline' },
  screeningAt: { ja: '形式審査日', en: 'Screening' },
  reviewDeadlineAt: { ja: '採点締切日', en: 'Scoring deadline' },
  jointEvaluationAt: { ja: '合同評価会議の日', en: 'Joint evaluation' },
  publicationAt: { ja: '結果公表日', en: 'Publication of results' },
};

/** Deadlines a person must meet by handing something in: these are checked against closed days. */
const DEADLINES: readonly CallDateField[] = ['submissionClosesAt', 'reviewDeadlineAt'];
const WEEKDAY_NAMES = {
  ja: ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const HOLIDAYS = holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>;

/** Why the office is closed that day (祝日, 土日, 年末年始), or null when it is open. */
export function closedDay(day: string): LocalizedText | null {
  const holiday = HOLIDAYS[day];
  if (holiday) return { ja: `祝日（${holiday.name}）`, en: `a public holiday (${holiday.name_en})` };
  const [, month, date] = day.split('-').map(Number) as [number, number, number];
  // 行政機関の休日に関する法律: 12月29日から翌年1月3日までは閉庁。
  if ((month === 12 && date >= 29) || (month === 1 && date <= 3))
    return { ja: '年末年始の閉庁日', en: 'the year-end closure' };
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return { ja: WEEKDAY_NAMES.ja[weekday]!, en: `a ${WEEKDAY_NAMES.en[weekday]}` };
  return null;
}

/** The warnings of a call's dates, in the order of the fields. */
export function callDateWarnings(call: CallDates): CallDateWarning[] {
  const dated = (Object.keys(LABELS) as CallDateField[]).flatMap((field) => {
    const at = call[field];
    return at ? [{ field, at }] : [];
  });
  const warnings: CallDateWarning[] = [];
  const recruitment = warekiFiscalYear(call.recruitmentFiscalYear);
  const aheadOfRecruitment =
    call.recruitmentFiscalYear === call.fiscalYear && dated.every(({ at }) => fiscalYearOf(at) === call.fiscalYear - 1);
  if (aheadOfRecruitment) {
    warnings.push({
      code: 'recruits_year_before',
      field: 'submissionOpensAt',
      day: japanDay(call.submissionOpensAt),
      message: {
        ja: `募集の日程がすべて実施年度の前年度（${warekiFiscalYear(call.fiscalYear - 1)}）にあります。前年度に募集する場合は、募集年度を${warekiFiscalYear(call.fiscalYear - 1)}としてください。`,
        en: `Every recruitment date is in the year before the fiscal year the projects run in (FY${call.fiscalYear - 1}). If the call recruits a year ahead, set its recruitment year to FY${call.fiscalYear - 1}.`,
      },
    });
  }
  for (const { field, at } of dated) {
    const day = japanDay(at);
    if (!aheadOfRecruitment && fiscalYearOf(at) !== call.recruitmentFiscalYear) {
      warnings.push({
        code: 'outside_recruitment_year',
        field,
        day,
        message: {
          ja: `${LABELS[field].ja}（${warekiDate(at)}）が募集年度（${recruitment}：4月1日〜翌年3月31日）の外にあります。`,
          en: `${LABELS[field].en} (${day}) is outside the recruitment fiscal year FY${call.recruitmentFiscalYear} (1 April – 31 March).`,
        },
      });
    }
    const closed = DEADLINES.includes(field) ? closedDay(day) : null;
    if (closed) {
      warnings.push({
        code: 'deadline_on_closed_day',
        field,
        day,
        message: {
          ja: `${LABELS[field].ja}（${warekiDate(at)}）は${closed.ja}で、市役所の閉庁日です。`,
          en: `${LABELS[field].en} (${day}) falls on ${closed.en}, when the city office is closed.`,
        },
      });
    }
  }
  return warnings;
}
