import type { StageScoreMatrix } from '@kyodo/review';

/** The parts of a disclosure package the public reads use (the package holds more; see BuildPublication). */
export interface PackageView {
  proposal: {
    id: string;
    receiptNumber: string | null;
    title: string;
    /** The proposer's kind: group or department. */
    origin: string;
    /** テーマ設定型 or 自由提案型; absent from packages built before it was recorded (read them with proposalTypeOfPackage). */
    proposalType?: 'theme' | 'free';
    theme?: string | null;
    organization: { ja: string; en: string };
    activityFields: string[];
    requestedAmount: number | null;
  };
  /** The call's id is in every package (BuildPublication); open data's verification files group by it. */
  call: { id?: string; fiscalYear: number };
  /** `provisional`: 内定, pending the budget (absent in packages published before it was recorded). */
  decision: { outcome: string; comment: string; provisional?: boolean } | null;
  scores?: { document?: PublishedStage; presentation?: PublishedStage };
  /** The anonymised score matrix and the audit chain head; absent from packages published before it was carried. */
  verification?: PackageVerification;
}

/** What open data needs to recompute a package's totals and ranks (scores.csv, rule.json, audit-heads.csv). */
export interface PackageVerification {
  scoreMatrix: Partial<Record<'document' | 'presentation', StageScoreMatrix>>;
  auditHead: { stream: string; seq: number; hash: string } | null;
}

/** A published stage's figures as open data reads them; `display` is absent from packages published before it. */
export interface PublishedStage {
  total: number;
  rank?: number;
  criteria: Array<{ key: string; label?: { ja: string; en: string } }>;
  display?: {
    scorers: number;
    total: string;
    fullMarks: string;
    criteria: Array<{ key: string; mean: string; scaleMax: string; points: string; weight: string }>;
  };
}

/** A package's proposal type; one built before the type was stored says it by naming a theme or not (as the backfill). */
export function proposalTypeOfPackage(pkg: PackageView): 'theme' | 'free' {
  return pkg.proposal.proposalType ?? (pkg.proposal.theme ? 'theme' : 'free');
}
