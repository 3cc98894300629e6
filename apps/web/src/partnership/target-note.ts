import { defineMessages } from '../i18n/i18n';

/** How a KPI says its target was changed by an approved plan change, on every page that shows targets. */
export const targetNoteTexts = defineMessages({
  ja: {
    targetChanged: '計画変更により{date}から変更（当初の目標 {planned}）',
  },
  en: {
    targetChanged: 'Changed by a plan change from {date} (originally {planned})',
  },
});
