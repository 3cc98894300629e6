import type { LocalizedText, Page } from '../../api/models';
import type { PublishedCriterionStats, Stage, StageResult } from '../../api/review-models';

/** What the public API answers (apps/api/src/public, libs/disclosure/src/public.service.ts). */
declare module '../../api/models' {
  interface Responses {
    'GET /api/v1/public/municipalities': PublicMunicipality[];
    'GET /api/v1/public/calls': PublicCall[];
    'GET /api/v1/public/proposals': Page<PublicProposalSummary>;
    'GET /api/v1/public/proposals/{id}': PublicProposalRecord;
    'GET /api/v1/public/proposals/{id}/{kind}/versions/{version}': PublicPackage & PublishedVersionInfo;
    'GET /api/v1/public/statistics': PublicStatistics;
  }
}

export interface PublicMunicipality {
  code: string;
  nameJa: string;
  nameEn: string;
}

export interface PublicCall {
  id: string;
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
  descriptionJa: string | null;
  descriptionEn: string | null;
  eligibilityJa: string | null;
  maxRequestedAmount: number | null;
  submissionOpensAt: string;
  submissionClosesAt: string;
  publicationAt: string | null;
  themes: Array<{ titleJa: string; titleEn: string }>;
}

export type Origin = 'group' | 'department';
export type Outcome = 'adopted' | 'adoptedWithConditions' | 'notAdopted';

export interface PublicProposalSummary {
  id: string;
  receiptNumber: string | null;
  title: string;
  origin: Origin;
  organization: LocalizedText;
  activityFields: string[];
  fiscalYear: number;
  decision: Outcome | null;
  total: number | null;
  version: number;
  publishedAt: string;
}

/** The published aggregate carries how ties and conflicts were handled, which the desk's does not. */
export interface PublicStageResult extends StageResult<PublishedCriterionStats> {
  tied: boolean;
  conflictRule: string;
  substituted: number;
}

/** One immutable disclosure package (libs/disclosure/src/build-publication.use-case.ts). */
export interface PublicPackage {
  kind: 'decision' | 'assessment';
  proposal: {
    id: string;
    receiptNumber: string | null;
    title: string;
    origin: Origin;
    organization: LocalizedText;
    partnerDepartments: LocalizedText[];
    theme: string | null;
    summary: string | null;
    background: string | null;
    objectives: string | null;
    kpis: Array<{ name: string; unit?: string; target?: number }>;
    activityFields: string[];
    requestedAmount: number | null;
  };
  call: { id: string; fiscalYear: number; title: LocalizedText };
  decision: { outcome: Outcome; comment: string; decidedAt: string } | null;
  conditions: Array<{ text: string; resolved: boolean }>;
  assessment: { verdict: string; comment: string; assessedAt: string } | null;
  scores: Partial<Record<Stage, PublicStageResult>>;
  consensus: { scores: Record<string, number>; reasons: Record<string, string> } | null;
  committee: Array<{ name: string; position: string; affiliation: string | null }> | null;
  state: string;
}

export interface PublishedVersionInfo {
  version: number;
  publishedAt: string;
  correctionReason: string | null;
}

export interface PublicProposalRecord {
  decision: PublicPackage | null;
  assessment: PublicPackage | null;
  versions: Array<{ kind: 'decision' | 'assessment' } & PublishedVersionInfo>;
  statusHistory: Array<{ state: string; at: string }>;
}

export interface PublicStatistics {
  byYearAndOrigin: Array<{
    fiscalYear: number;
    origin: Origin;
    disclosed: number;
    adopted: number;
    implemented: number;
    implementationRate: number | null;
  }>;
  byActivityField: Array<{ key: string; labelJa: string; labelEn: string; disclosed: number }>;
}
