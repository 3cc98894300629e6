import { defineMessages } from '../../../i18n/i18n';

/** The funnel's words: its stages, its rates with their denominators, and their definitions (docs/disclosure.md). */
export const funnelTexts = defineMessages({
  ja: {
    table: '表：{title}',
    category: '区分',
    all: '全体',
    received: '提案件数',
    screenedOut: '不受理',
    withdrawn: '取下げ',
    inReview: '審査中',
    provisional: '採択内定',
    notAdopted: '不採択',
    adopted: '採択',
    implemented: '実施',
    adoptionRate: '採択率',
    adoptionRateFormula: '採択件数÷提案件数',
    implementationRate: '実施率',
    implementationRateFormula: '実施件数÷提案件数',
    definitions: '集計の決まり',
    receivedText: '提出され、受付番号が付いた提案です。作成中のものは含みません。',
    screenedOutText: '形式審査で対象外とされた提案と、補正を求められて期限までに再提出されなかった提案です。',
    withdrawnText: '提出後に提案者が取り下げた提案です。',
    inReviewText: '審査中、または審査結果をまだ公表していない提案です。',
    provisionalText:
      '予算の成立を条件に採択が内定し、予算の成否を待っている提案です。予算が決まると採択または不採択に移ります。採択率には含みません。',
    notAdoptedText: '不採択の結果を公表した提案です。',
    adoptedText: '採択（条件付き採択を含む）の結果を公表した提案です。',
    implementedText:
      '採択後、協定を結んで事業を始めた提案です（事業を終えたものを含みます）。協定を結んだだけで事業を始めていないものは含みません。',
    ratesText:
      '採択率と実施率は、いずれも提案件数に対する割合で、小数第2位を四捨五入しています。不受理から採択までの件数を足すと提案件数になります。担当課と活動分野は、一つの提案が複数にあたる場合それぞれに数えるため、合計は全体と一致しません。',
  },
  en: {
    table: 'Table: {title}',
    category: 'Category',
    all: 'All',
    received: 'Received',
    screenedOut: 'Screened out',
    withdrawn: 'Withdrawn',
    inReview: 'In review',
    provisional: 'Provisional',
    notAdopted: 'Not adopted',
    adopted: 'Adopted',
    implemented: 'Implemented',
    adoptionRate: 'Adoption rate',
    adoptionRateFormula: 'adopted ÷ received',
    implementationRate: 'Implementation rate',
    implementationRateFormula: 'implemented ÷ received',
    definitions: 'How the figures are counted',
    receivedText: 'Proposals submitted and given a receipt number; drafts are not counted.',
    screenedOutText:
      'Proposals found ineligible at screening, and those returned for correction and not resubmitted by the deadline.',
    withdrawnText: 'Proposals the proposer withdrew after submitting them.',
    inReviewText: 'Proposals under review, or whose result is not published yet.',
    provisionalText:
      'Proposals provisionally adopted subject to the budget and waiting for it; they move to adopted or not adopted once the budget is decided. Not counted in the adoption rate.',
    notAdoptedText: 'Proposals whose published result is not to adopt.',
    adoptedText: 'Proposals whose published result is adoption (with conditions included).',
    implementedText:
      'Adopted proposals whose agreement was concluded and whose project started (or has ended). An agreement alone, before the project starts, is not counted.',
    ratesText:
      'Both rates are shares of the proposals received, rounded half up to one decimal. Screened out to adopted add up to the proposals received. A proposal concerning several departments or fields counts under each, so those tables do not add up to the total.',
  },
});
