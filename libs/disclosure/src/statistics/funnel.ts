import { ORIGIN_LABELS, PROPOSAL_TYPES, PROPOSER_KINDS, type FunnelFact } from '@kyodo/proposals';

/** The stages every received proposal is counted in (docs/disclosure.md gives the definitions in both languages). */
export interface FunnelCounts {
  /** 提案件数: submitted (a receipt number), never a draft. */
  received: number;
  /** 形式審査で不受理: found ineligible, or returned and not resubmitted by the deadline. */
  screenedOut: number;
  /** 取下げ: withdrawn by the proposer after submission. */
  withdrawn: number;
  /** 審査中: received, and no decision published yet. */
  inReview: number;
  /** 採択内定: a published adoption pending the budget; it becomes 採択 or 不採択 when the budget is decided. */
  provisional: number;
  /** 不採択: a published decision not to adopt. */
  notAdopted: number;
  /** 採択: a published adoption (with conditions included). */
  adopted: number;
  /** 実施: adopted, agreement concluded and the project started (or already ended). A part of `adopted`. */
  implemented: number;
}

export type FunnelDimension = 'total' | 'proposalType' | 'proposerKind' | 'typeAndProposer' | 'department' | 'field';

export interface FunnelRow extends FunnelCounts {
  /** Null: every fiscal year together. */
  fiscalYear: number | null;
  dimension: FunnelDimension;
  /** `all`; `theme`/`free`; `group`/`department`; `theme:group`…; a department's id; an activity field's key. */
  key: string;
  labelJa: string;
  labelEn: string;
  /** 採択率 = 採択件数 ÷ 提案件数 × 100, rounded half up to one decimal; null when nothing was received. */
  adoptionRate: number | null;
  /** 実施率 = 実施件数 ÷ 提案件数 × 100, the measure of the Kamakura text (31 of 60); null when nothing was received. */
  implementationRate: number | null;
}

/** Where a received proposal stands, once: the stages before `adopted` exclude each other. */
export type FunnelStage = 'screenedOut' | 'withdrawn' | 'inReview' | 'provisional' | 'notAdopted' | 'adopted';

/** A project stage the machine reaches only after START: the project has been carried out (or is being). */
const STARTED = /^(implementation|projectEvaluation|completed)(\.|$)/;
const ADOPTED_OUTCOMES = new Set(['adopted', 'adoptedWithConditions']);

/**
 * The stage of one proposal. Adoption counts only once its decision is published (`outcome`, from the latest
 * decision package), so a call that publishes every result on one day shows none before that day. A published
 * 内定 (`provisional`) counts apart until the budget's decision is published as the package's next version.
 */
export function stageOf(state: string, outcome: string | undefined): FunnelStage {
  if (state.startsWith('closed')) return 'screenedOut';
  if (state === 'withdrawn') return 'withdrawn';
  if (outcome === undefined) return 'inReview';
  if (outcome === 'provisional') return 'provisional';
  return ADOPTED_OUTCOMES.has(outcome) ? 'adopted' : 'notAdopted';
}

/** 実施: adopted, and the project has started (or ended). */
export function implementedOf(state: string, stage: FunnelStage): boolean {
  return stage === 'adopted' && STARTED.test(state);
}

/** n ÷ d as a percentage rounded half up to one decimal, in integers (no binary fraction to round wrongly). */
export function percent(n: number, d: number): number | null {
  if (d === 0) return null;
  return Math.floor((2000 * n + d) / (2 * d)) / 10;
}

const empty = (): FunnelCounts => ({
  received: 0,
  screenedOut: 0,
  withdrawn: 0,
  inReview: 0,
  provisional: 0,
  notAdopted: 0,
  adopted: 0,
  implemented: 0,
});

export interface FunnelLabels {
  departments: Map<string, { ja: string; en: string }>;
  /** The municipality's activity fields, in its order. */
  fields: Array<{ key: string; labelJa: string; labelEn: string }>;
}

/**
 * The funnel by fiscal year (and over all years), by proposal type, proposer kind, both, department and activity
 * field. A proposal naming two departments or two fields counts under each, so those rows need not add up to the
 * total; the type and proposer rows always do.
 */
export function buildFunnel(facts: FunnelFact[], outcomes: Map<string, string>, labels: FunnelLabels): FunnelRow[] {
  const cells = new Map<string, FunnelRow>();
  const fieldOrder = new Map(labels.fields.map((f, i) => [f.key, i]));
  const label = (dimension: FunnelDimension, key: string): { ja: string; en: string } => {
    if (dimension === 'total') return { ja: '全体', en: 'All' };
    if (dimension === 'proposalType' || dimension === 'proposerKind') return ORIGIN_LABELS[key as 'theme'];
    if (dimension === 'typeAndProposer') {
      const [type, kind] = key.split(':') as ['theme', 'group'];
      return {
        ja: `${ORIGIN_LABELS[type].ja}・${ORIGIN_LABELS[kind].ja}`,
        en: `${ORIGIN_LABELS[type].en}, ${ORIGIN_LABELS[kind].en}`,
      };
    }
    if (dimension === 'department') return labels.departments.get(key) ?? { ja: key, en: key };
    const field = labels.fields.find((f) => f.key === key);
    return field ? { ja: field.labelJa, en: field.labelEn } : { ja: key, en: key };
  };
  const cell = (fiscalYear: number | null, dimension: FunnelDimension, key: string): FunnelRow => {
    const id = `${fiscalYear}\u0000${dimension}\u0000${key}`;
    let row = cells.get(id);
    if (!row) {
      const { ja, en } = label(dimension, key);
      row = {
        fiscalYear,
        dimension,
        key,
        labelJa: ja,
        labelEn: en,
        ...empty(),
        adoptionRate: null,
        implementationRate: null,
      };
      cells.set(id, row);
    }
    return row;
  };
  const years = [...new Set(facts.map((f) => f.fiscalYear))].sort((a, b) => b - a);
  // Every year shows both types and both proposer kinds, zeros included: a zero is a figure too.
  for (const year of [null, ...years]) {
    cell(year, 'total', 'all');
    for (const type of PROPOSAL_TYPES) cell(year, 'proposalType', type);
    for (const kind of PROPOSER_KINDS) cell(year, 'proposerKind', kind);
  }
  for (const fact of facts) {
    const stage = stageOf(fact.state, outcomes.get(fact.id));
    const implemented = implementedOf(fact.state, stage);
    const keys: Array<[FunnelDimension, string]> = [
      ['total', 'all'],
      ['proposalType', fact.proposalType],
      ['proposerKind', fact.proposerKind],
      ['typeAndProposer', `${fact.proposalType}:${fact.proposerKind}`],
      ...fact.departmentIds.map((id): [FunnelDimension, string] => ['department', id]),
      ...[...new Set(fact.activityFields)].map((key): [FunnelDimension, string] => ['field', key]),
    ];
    for (const year of [null, fact.fiscalYear]) {
      for (const [dimension, key] of keys) {
        const row = cell(year, dimension, key);
        row.received += 1;
        row[stage] += 1;
        if (implemented) row.implemented += 1;
      }
    }
  }
  const dimensionOrder: FunnelDimension[] = [
    'total',
    'proposalType',
    'proposerKind',
    'typeAndProposer',
    'department',
    'field',
  ];
  const keyOrder = (row: FunnelRow): number | string => {
    if (row.dimension === 'field') return fieldOrder.get(row.key) ?? Number.MAX_SAFE_INTEGER;
    if (row.dimension === 'proposalType') return PROPOSAL_TYPES.indexOf(row.key as 'theme');
    if (row.dimension === 'proposerKind') return PROPOSER_KINDS.indexOf(row.key as 'group');
    return row.dimension === 'department' ? row.labelJa : row.key;
  };
  return [...cells.values()]
    .map((row) => ({
      ...row,
      adoptionRate: percent(row.adopted, row.received),
      implementationRate: percent(row.implemented, row.received),
    }))
    .sort(
      (a, b) =>
        (a.fiscalYear === null ? -1 : 0) - (b.fiscalYear === null ? -1 : 0) ||
        (b.fiscalYear ?? 0) - (a.fiscalYear ?? 0) ||
        dimensionOrder.indexOf(a.dimension) - dimensionOrder.indexOf(b.dimension) ||
        compare(keyOrder(a), keyOrder(b)) ||
        compare(a.key, b.key),
    );
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
