// The web shows 年度 and 和暦 by the very module the API's reports use: one Intl rule, not a copy of it.
export { fiscalYearLabel, warekiDate, warekiFiscalYear } from '../../../../libs/platform/src/japanese-calendar';
