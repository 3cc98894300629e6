import type { CriterionStats, StageResult } from '../api/review-models';
import { formatNumber, type Locale } from '../i18n/i18n';

/**
 * How the desks show a criterion's aggregate: the mean to two places and the spread as min–max, a dash while
 * no sheet is in. The reviewer's view of others' scores and the committee's live aggregate must read the same
 * numbers the same way, since a member compares them in the meeting. (The public page shows published rows,
 * which always exist, with the Japanese 〜; it does not use these.)
 */
export function statsOf(result: StageResult | undefined, key: string): CriterionStats | undefined {
  return result?.criteria.find((k) => k.key === key);
}

/**
 * The mean as the results display it (rounded once by the API as the call says: 4.4, not 4.40), else to two places.
 */
export function meanText(
  stats: CriterionStats | undefined,
  locale: Locale,
  display?: StageResult['display'] | undefined,
): string {
  if (!stats) return '—';
  return display?.criteria.find((c) => c.key === stats.key)?.mean ?? formatNumber(stats.mean, locale, 2);
}

export function spreadText(stats: CriterionStats | undefined): string {
  return stats ? `${stats.min}–${stats.max}` : '—';
}
