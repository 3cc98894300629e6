import type { LocalizedText } from '../../api/models';

// Response types are declared here rather than by augmenting api/models' Responses, so that other areas'
// declarations of the same operations can never clash with these; proposer-api.ts casts at the edge.

/** The proposal body as the API stores it (every part optional while drafting). */
export interface Kpi {
  kind: 'outcome' | 'activity';
  name: string;
  unit: string;
  baseline?: number;
  target: number;
}
export interface RoleShare {
  task: string;
  group: string;
  city: string;
  costBorneBy: 'group' | 'city' | 'shared';
}
export interface BudgetLine {
  kind: 'income' | 'expense';
  item: string;
  amount: number;
}
export interface ProposalContent {
  summary?: string;
  background?: string;
  objectives?: string;
  kpis?: Kpi[];
  roleSharing?: RoleShare[];
  budget?: BudgetLine[];
  requestedAmount?: number;
  schedule?: Array<{ period: string; activity: string }>;
  activityFields?: string[];
  organizationProfile?: { representative?: string; founded?: string; members?: number; activities?: string };
  contactPerson?: { name?: string; email?: string; phone?: string };
}

export interface Proposal {
  id: string;
  callId: string;
  organizationId: string;
  origin: 'group' | 'department';
  title: string;
  content: ProposalContent;
  state: string;
  version: number;
  receiptNumber: string | null;
  allowedEvents: string[];
  returns?: Array<{ at: string; reason: string }>;
  createdAt: string;
  updatedAt: string;
}

export interface Call {
  id: string;
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
  descriptionJa?: string | null;
  maxRequestedAmount: number | null;
  submissionOpensAt: string;
  submissionClosesAt: string;
  screeningAt?: string | null;
  publicationAt?: string | null;
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export type { ActivityField } from '../../api/models';

export interface InboxItem {
  id: string;
  category: string;
  template: string;
  subject: string;
  body: string;
  params: Record<string, unknown>;
  read: boolean;
  createdAt: string;
}

export interface Preference {
  category: string;
  mode: 'immediate' | 'digest' | 'off';
  required: boolean;
}

export interface Rubric {
  definition: {
    criteria: Array<{ key: string; labelJa: string; labelEn: string; scale: { min: number; max: number } }>;
  };
}

export type { LocalizedText };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
