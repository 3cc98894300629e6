import { defineMessages } from '../../i18n/i18n';

/** 継続提案: the proposer's choice of a new project or the continuation of an adopted one. */
export const continuationChoiceTexts = defineMessages({
  ja: {
    heading: '新規提案か継続提案か',
    intro:
      'この募集回では、前年度までに採択された事業を続ける提案（継続提案）もできます。同じ事業を続けられるのは初年度を含めて最長{max}年です。',
    kind: '提案の種類',
    new: '新規提案',
    continuation: '継続提案（前年度からの継続）',
    predecessor: '継続元の提案',
    predecessorHint: 'あなたの団体が以前の募集回で採択された提案から選びます。',
    choose: '選んでください',
    option: '{fiscalYear}「{title}」→ {year}年目',
    overCap: '（上限の{max}年を超えるため選べません）',
    none: '継続できる採択済みの提案がありません。',
    willBe: 'この提案は継続事業の{year}年目になります（最長{max}年）。',
    errPredecessor: '継続元の提案を選んでください',
    save: '提案の種類を保存',
    saved: '保存しました',
  },
  en: {
    heading: 'New project or continuation',
    intro:
      'This call also accepts proposals that continue a project adopted in an earlier year. A project may run for at most {max} consecutive years, its first year included.',
    kind: 'Kind of proposal',
    new: 'New project',
    continuation: 'Continuation (continuing last year’s project)',
    predecessor: 'Proposal continued',
    predecessorHint: 'Choose from your organisation’s proposals adopted in earlier calls.',
    choose: 'Choose one',
    option: '{fiscalYear} “{title}” → year {year}',
    overCap: ' (over the {max}-year limit)',
    none: 'Your organisation has no adopted proposal to continue.',
    willBe: 'This proposal will be year {year} of the project (at most {max}).',
    errPredecessor: 'Choose the proposal continued',
    save: 'Save the kind of proposal',
    saved: 'Saved',
  },
});
