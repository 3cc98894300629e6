/**
 * The body of a proposal (提案書). Drafts may be partial; submission needs
 * everything `missingForSubmission` checks.
 */
export interface Kpi {
  kind: 'outcome' | 'activity'; // 成果目標 / 活動指標
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
export interface ScheduleItem {
  period: string;
  activity: string;
}
export interface ProposalContent {
  summary?: string;
  background?: string; // 課題・地域ニーズ
  objectives?: string;
  kpis?: Kpi[];
  roleSharing?: RoleShare[]; // 役割分担表
  budget?: BudgetLine[]; // 収支予算
  requestedAmount?: number;
  schedule?: ScheduleItem[];
  activityFields?: string[];
  organizationProfile?: { representative?: string; founded?: string; members?: number; activities?: string };
  /** Personal data: shown to the secretariat and partners, never public. */
  contactPerson?: { name?: string; email?: string; phone?: string };
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** The content fields still missing before the proposal can be submitted, in a stable order. */
export function missingForSubmission(title: string, content: ProposalContent): string[] {
  const missing: string[] = [];
  if (!filled(title)) missing.push('title');
  if (!filled(content.summary)) missing.push('summary');
  if (!filled(content.background)) missing.push('background');
  if (!filled(content.objectives)) missing.push('objectives');
  if (!content.kpis?.length) missing.push('kpis');
  if (!content.roleSharing?.length) missing.push('roleSharing');
  if (!content.budget?.length) missing.push('budget');
  if (typeof content.requestedAmount !== 'number') missing.push('requestedAmount');
  if (!content.activityFields?.length) missing.push('activityFields');
  if (!filled(content.contactPerson?.name) || !filled(content.contactPerson?.email)) missing.push('contactPerson');
  return missing;
}

/** Field-level differences between two versions: each changed top-level field with its old and new value. */
export function diffContent(
  before: { title: string; content: ProposalContent },
  after: { title: string; content: ProposalContent },
): Array<{ field: string; before: unknown; after: unknown }> {
  const a: Record<string, unknown> = { title: before.title, ...before.content };
  const b: Record<string, unknown> = { title: after.title, ...after.content };
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return fields
    .filter((field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
    .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }));
}
