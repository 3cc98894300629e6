import type { LocalizedText, Page, Role } from '../../api/models';
import type { Rubric as RubricDefinition, Stage } from '../../api/review-models';

/** The review's shapes are shared with the other areas (api/review-models.ts). */
export type { Criterion, Rubric as RubricDefinition, Stage } from '../../api/review-models';

/** Response shapes the console reads (the OpenAPI document describes requests only). */
export interface Call {
  id: string;
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  maxRequestedAmount: number | null;
  submissionOpensAt: string;
  submissionClosesAt: string;
  screeningAt: string | null;
  reviewDeadlineAt: string | null;
  jointEvaluationAt: string | null;
  publicationAt: string | null;
  consultationRequired: boolean;
  provisionalAdoption: boolean;
  preConsultation: boolean;
  holdDecisionNotices: boolean;
  evaluationSettings: {
    conflictRule?: 'renormalize' | 'substitute_mean';
    thresholdPercent?: number;
    disagreementSpread?: number;
  };
  phase: 'accepting' | 'closed_for_submission';
  version: number;
}

export interface Theme {
  id: string;
  departmentId: string;
  titleJa: string;
  titleEn: string;
}

export interface Proposal {
  id: string;
  callId: string;
  organizationId: string;
  origin: 'group' | 'department';
  title: string;
  content: Record<string, unknown>;
  state: string;
  version: number;
  receiptNumber: string | null;
  allowedEvents: string[];
  createdAt: string;
  updatedAt: string;
}

export interface StoredRubric {
  id: string;
  stage: Stage;
  version: number;
  definition: RubricDefinition;
  frozenAt: string | null;
}

export const STAGES: Stage[] = ['document', 'presentation', 'project_end'];

export interface Assignment {
  id: string;
  proposalId: string;
  reviewerId: string;
  stage: Stage;
  status: string;
  conflictKind: 'automatic' | 'declared' | null;
  conflictReason: string | null;
}

export interface StageResult {
  proposalId: string;
  total: number;
  rank: number;
  tiedWith: string[];
  passes: boolean;
  substituted: number;
  criteria: Array<{ key: string; mean: number; disagreement: boolean }>;
}

export interface CallResults {
  stages: Partial<Record<Stage, { results: StageResult[] }>>;
  combined: Array<{ proposalId: string; combined: number | null; rank: number | null; adopted: boolean }> | null;
}

export interface Session {
  id: string;
  callId: string;
  startsAt: string;
  place: string;
  agenda: Array<{ proposalId: string; startsAt: string }>;
}

export interface Report {
  id: string;
  kind: 'call-summary-pdf' | 'evaluation-sheet-pdf' | 'call-workbook-xlsx';
  callId: string;
  proposalId: string | null;
  locale: 'ja' | 'en';
  status: 'queued' | 'ready' | 'failed';
  fileName: string | null;
  byteSize: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface DeadLetter {
  id: string;
  queue: string;
  jobName: string;
  error: string;
  attempts: number;
  failedAt: string;
  retriedAt: string | null;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  roles: Role[];
}

/** An assignment of a proposal as GET /proposals/{id}/assignments lists it (never scores). */
export interface ProposalAssignment {
  id: string;
  reviewerId: string;
  reviewerName: string;
  stage: Stage;
  status: 'assigned' | 'acknowledged' | 'draft' | 'submitted' | 'locked' | 'conflicted';
  conflictKind: 'automatic' | 'declared' | null;
  conflictReason: string | null;
  submittedAt: string | null;
}

export interface Committee {
  id: string;
  nameJa: string;
  nameEn: string;
  members: Array<{ userId: string; displayName: string; position: 'member' | 'chair'; affiliation: string | null }>;
}

export interface Organization {
  id: string;
  kind: 'group' | 'department' | 'intermediary';
  nameJa: string;
  nameEn: string;
}

export interface TemplatePreview {
  template: string;
  locale: 'ja' | 'en';
  category: string;
  required: boolean;
  subject: string;
  text: string;
}

declare module '../../api/models' {
  interface Responses {
    'GET /api/v1/calls': Call[];
    'POST /api/v1/calls': Call;
    'GET /api/v1/calls/{id}': Call;
    'PATCH /api/v1/calls/{id}': Call;
    'GET /api/v1/calls/{id}/themes': Theme[];
    'POST /api/v1/calls/{id}/themes': Theme;
    'POST /api/v1/calls/{id}/announcement': { held: number; releaseAt: string | null };
    'GET /api/v1/proposals': Page<Proposal>;
    'GET /api/v1/proposals/{id}': Proposal;
    'POST /api/v1/proposals/{id}/events': Proposal;
    'GET /api/v1/rubric-templates': Record<string, RubricDefinition>;
    'GET /api/v1/calls/{id}/rubrics/{stage}': StoredRubric;
    'PUT /api/v1/calls/{id}/rubrics/{stage}': StoredRubric;
    'POST /api/v1/proposals/{id}/assignments': Assignment[];
    'POST /api/v1/calls/{id}/assignments/auto': Assignment[];
    'GET /api/v1/calls/{id}/results': CallResults;
    'POST /api/v1/calls/{id}/sessions': Session;
    'POST /api/v1/reports': Report;
    'GET /api/v1/reports': { items: Report[]; total: number };
    'GET /api/v1/reports/{id}': Report;
    'GET /api/v1/admin/dead-letters': DeadLetter[];
    'POST /api/v1/admin/dead-letters/{id}/retry': { retried: boolean };
    'GET /api/v1/users': User[];
    'GET /api/v1/committees': Committee[];
    'GET /api/v1/proposals/{id}/assignments': ProposalAssignment[];
    'GET /api/v1/organizations': Organization[];
    'GET /api/v1/notification-templates/{template}/preview': TemplatePreview;
  }
}

export type { LocalizedText };
