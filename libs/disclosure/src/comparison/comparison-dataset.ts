import { warekiFiscalYear } from '@kyodo/platform';
import type { FunnelFact } from '@kyodo/proposals';
import { toCsv } from '../csv';
import { buildFunnel, type FunnelCounts, implementedOf, stageOf, type FunnelStage } from '../statistics/funnel';

/** A municipality that joined the comparison. */
export interface ComparedMunicipality {
  id: string;
  /** Its code on this deployment (the portal's addresses use it). */
  code: string;
  /** 全国地方公共団体コード: six digits, check digit included (its administrator states it on joining). */
  localGovernmentCode: string;
  nameJa: string;
  nameEn: string;
}

/** Everything the comparison reads of one municipality: its received proposals and what of them is published. */
export interface ComparisonInput {
  municipality: ComparedMunicipality;
  facts: FunnelFact[];
  /** The latest published decision's outcome by proposal id (see PublicationRepository.latestOutcomes). */
  outcomes: Map<string, string>;
  /** Requested amount and end-of-term verdict, from published packages only, by proposal id. */
  published: Map<string, { requestedAmount: number | null; verdict: string | null }>;
}

/** One received proposal, with no name, title or id: what can be compared across municipalities. */
export interface ComparisonRecord {
  /** 全国地方公共団体コード. */
  local_government_code: string;
  /** The municipality's code on this deployment (its portal pages). */
  municipality_code: string;
  municipality_ja: string;
  municipality_en: string;
  fiscal_year: number;
  /** 令和8年度: the fiscal year as a municipality writes it. */
  fiscal_year_wareki: string;
  proposal_type: 'theme' | 'free';
  proposer_kind: 'group' | 'department';
  /** The municipality's own activity-field keys, `;`-separated (each municipality names its fields). */
  activity_fields: string;
  /** 申請額 (yen) from the published decision; null while none is published. */
  requested_amount: number | null;
  stage: FunnelStage;
  implemented: boolean;
  /** 期末評価 (A/B/C) from the published assessment; null while none is published. */
  end_of_term_verdict: string | null;
}

/** The dataset's columns, in this order (docs/disclosure.md, 自治体間比較). */
export const COMPARISON_COLUMNS = [
  'local_government_code',
  'municipality_code',
  'municipality_ja',
  'municipality_en',
  'fiscal_year',
  'fiscal_year_wareki',
  'proposal_type',
  'proposer_kind',
  'activity_fields',
  'requested_amount',
  'stage',
  'implemented',
  'end_of_term_verdict',
] as const satisfies ReadonlyArray<keyof ComparisonRecord>;

/** One municipality's year on the comparison page: the funnel's totals with 採択率 and 実施率. */
export interface ComparisonYear extends FunnelCounts {
  fiscalYear: number;
  fiscalYearWareki: string;
  adoptionRate: number | null;
  implementationRate: number | null;
}

export interface ComparisonSummary {
  code: string;
  localGovernmentCode: string;
  nameJa: string;
  nameEn: string;
  /** Newest fiscal year first; a year with no received proposal is not listed. */
  years: ComparisonYear[];
}

const STAGE_ORDER: FunnelStage[] = ['screenedOut', 'withdrawn', 'inReview', 'provisional', 'notAdopted', 'adopted'];

/**
 * The records of every compared municipality, sorted by code, year, type, proposer, stage and amount — never by
 * the order proposals arrived, so a row's place says nothing of which proposal it is.
 */
export function comparisonRecords(inputs: ComparisonInput[]): ComparisonRecord[] {
  const records = inputs.flatMap(({ municipality, facts, outcomes, published }) =>
    facts.map((fact): ComparisonRecord => {
      const stage = stageOf(fact.state, outcomes.get(fact.id));
      const disclosed = published.get(fact.id);
      return {
        local_government_code: municipality.localGovernmentCode,
        municipality_code: municipality.code,
        municipality_ja: municipality.nameJa,
        municipality_en: municipality.nameEn,
        fiscal_year: fact.fiscalYear,
        fiscal_year_wareki: warekiFiscalYear(fact.fiscalYear),
        proposal_type: fact.proposalType,
        proposer_kind: fact.proposerKind,
        activity_fields: [...new Set(fact.activityFields)].sort().join(';'),
        requested_amount: disclosed?.requestedAmount ?? null,
        stage,
        implemented: implementedOf(fact.state, stage),
        end_of_term_verdict: disclosed?.verdict ?? null,
      };
    }),
  );
  return records.sort(
    (a, b) =>
      compare(a.local_government_code, b.local_government_code) ||
      compare(a.municipality_code, b.municipality_code) ||
      b.fiscal_year - a.fiscal_year ||
      compare(a.proposal_type, b.proposal_type) ||
      compare(a.proposer_kind, b.proposer_kind) ||
      STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) ||
      (a.requested_amount ?? -1) - (b.requested_amount ?? -1) ||
      compare(a.activity_fields, b.activity_fields),
  );
}

/** Each compared municipality's funnel totals by fiscal year, with the rates as the statistics page defines them. */
export function comparisonSummaries(inputs: ComparisonInput[]): ComparisonSummary[] {
  return inputs.map(({ municipality, facts, outcomes }) => ({
    code: municipality.code,
    localGovernmentCode: municipality.localGovernmentCode,
    nameJa: municipality.nameJa,
    nameEn: municipality.nameEn,
    years: buildFunnel(facts, outcomes, { departments: new Map(), fields: [] })
      .filter((row) => row.dimension === 'total' && row.fiscalYear !== null)
      .map(({ dimension: _d, key: _k, labelJa: _j, labelEn: _e, fiscalYear, ...counts }) => ({
        ...counts,
        fiscalYear: fiscalYear!,
        fiscalYearWareki: warekiFiscalYear(fiscalYear!),
      })),
  }));
}

export function comparisonCsv(records: ComparisonRecord[]): string {
  return toCsv(
    [...COMPARISON_COLUMNS],
    records.map((r) => COMPARISON_COLUMNS.map((column) => r[column])),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
