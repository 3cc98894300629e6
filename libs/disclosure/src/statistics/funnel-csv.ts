import { toCsv } from '../csv';
import type { FunnelRow } from './funnel';

/** The funnel's open-data columns, in this order (docs/disclosure.md). */
export const FUNNEL_COLUMNS = [
  'fiscal_year',
  'dimension',
  'key',
  'label_ja',
  'label_en',
  'received',
  'screened_out',
  'withdrawn',
  'in_review',
  'not_adopted',
  'adopted',
  'implemented',
  'adoption_rate',
  'implementation_rate',
] as const;

/** The funnel as an open-data table: one row per fiscal year (`all` for every year together), dimension and key. */
export function funnelCsv(rows: FunnelRow[], bom: boolean): string {
  return toCsv(
    [...FUNNEL_COLUMNS],
    rows.map((r) => [
      r.fiscalYear ?? 'all',
      r.dimension,
      r.key,
      r.labelJa,
      r.labelEn,
      r.received,
      r.screenedOut,
      r.withdrawn,
      r.inReview,
      r.notAdopted,
      r.adopted,
      r.implemented,
      r.adoptionRate,
      r.implementationRate,
    ]),
    { bom },
  );
}
