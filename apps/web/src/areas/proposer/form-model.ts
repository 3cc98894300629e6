import type { BudgetLine, Kpi, Proposal, ProposalContent, RoleShare } from './models';

/**
 * What the form edits (a view type, not from the document): numbers as the text typed, so a half-typed value is
 * never lost or silently changed.
 */
export interface FormState {
  title: string;
  summary: string;
  background: string;
  objectives: string;
  requestedAmount: string;
  activityFields: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  roles: RoleShare[];
  budget: Array<{ kind: BudgetLine['kind']; item: string; amount: string }>;
  kpis: Array<{ kind: Kpi['kind']; name: string; unit: string; baseline: string; target: string }>;
  schedule: Array<{ period: string; activity: string }>;
  orgRepresentative: string;
  orgFounded: string;
  orgMembers: string;
  orgActivities: string;
}

const text = (value: number | undefined) => (typeof value === 'number' ? String(value) : '');

export function fromProposal(proposal: Proposal): FormState {
  const c = proposal.content ?? {};
  return {
    title: proposal.title ?? '',
    summary: c.summary ?? '',
    background: c.background ?? '',
    objectives: c.objectives ?? '',
    requestedAmount: text(c.requestedAmount),
    activityFields: c.activityFields ?? [],
    contactName: c.contactPerson?.name ?? '',
    contactEmail: c.contactPerson?.email ?? '',
    contactPhone: c.contactPerson?.phone ?? '',
    roles: c.roleSharing ?? [],
    budget: (c.budget ?? []).map((line) => ({ ...line, amount: text(line.amount) })),
    kpis: (c.kpis ?? []).map((kpi) => ({ ...kpi, baseline: text(kpi.baseline), target: text(kpi.target) })),
    schedule: (c.schedule ?? []).map((item) => ({ period: item.period, activity: item.activity })),
    orgRepresentative: c.organizationProfile?.representative ?? '',
    orgFounded: c.organizationProfile?.founded ?? '',
    orgMembers: text(c.organizationProfile?.members),
    orgActivities: c.organizationProfile?.activities ?? '',
  };
}

/** Half-width digits of a number typed with full-width digits or thousands separators. */
export function parseNumber(value: string): number | undefined {
  const normal = value
    .replace(/[０-９．－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (normal === '') return undefined;
  const number = Number(normal);
  return Number.isFinite(number) ? number : Number.NaN;
}

/** The body to save; `base` keeps the parts this form does not edit (none today; fields the API may add later). */
export function toContent(state: FormState, base: ProposalContent): ProposalContent {
  const contact = {
    name: state.contactName.trim(),
    email: state.contactEmail.trim(),
    phone: state.contactPhone.trim(),
  };
  return {
    ...base,
    summary: state.summary,
    background: state.background,
    objectives: state.objectives,
    requestedAmount: parseNumber(state.requestedAmount),
    activityFields: state.activityFields,
    contactPerson: {
      ...(contact.name ? { name: contact.name } : {}),
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
    },
    roleSharing: state.roles,
    budget: state.budget.map((line) => ({ kind: line.kind, item: line.item, amount: parseNumber(line.amount) ?? 0 })),
    kpis: state.kpis.map((kpi) => {
      const baseline = parseNumber(kpi.baseline);
      return {
        kind: kpi.kind,
        name: kpi.name,
        unit: kpi.unit,
        ...(baseline === undefined ? {} : { baseline }),
        target: parseNumber(kpi.target) ?? 0,
      };
    }),
    schedule: state.schedule.map((item) => ({ period: item.period, activity: item.activity })),
    organizationProfile: organizationProfile(state),
  };
}

/** 団体の概要 with only what was filled in (the API takes each part as optional). */
function organizationProfile(state: FormState): NonNullable<ProposalContent['organizationProfile']> {
  const members = parseNumber(state.orgMembers);
  return {
    ...(state.orgRepresentative.trim() ? { representative: state.orgRepresentative.trim() } : {}),
    ...(state.orgFounded.trim() ? { founded: state.orgFounded.trim() } : {}),
    ...(members !== undefined && Number.isInteger(members) && members >= 0 ? { members } : {}),
    ...(state.orgActivities.trim() ? { activities: state.orgActivities } : {}),
  };
}

export const STEPS = ['overview', 'content', 'roles', 'budget', 'kpis', 'attachments', 'submit'] as const;
export type Step = (typeof STEPS)[number];

/** Each input's element id; the error summary links to it and the API's field names map onto it. */
export const fieldId = (name: string) => `p-${name}`;

const STEP_OF: Record<string, Step> = {
  title: 'overview',
  summary: 'overview',
  activityFields: 'overview',
  contactName: 'overview',
  contactEmail: 'overview',
  contactPhone: 'overview',
  contactPerson: 'overview',
  organizationProfile: 'overview',
  orgRepresentative: 'overview',
  orgFounded: 'overview',
  orgMembers: 'overview',
  orgActivities: 'overview',
  background: 'content',
  objectives: 'content',
  requestedAmount: 'content',
  schedule: 'content',
  roles: 'roles',
  roleSharing: 'roles',
  budget: 'budget',
  kpis: 'kpis',
};

/** The step that shows the input with this element id. */
export function stepOfField(id: string): Step | undefined {
  const name = id.replace(/^p-/, '').split('-')[0];
  return STEP_OF[name];
}

/** `content.contactPerson.email` / `content.budget.0.amount` / `title` (API names) → the input's element id. */
export function idOfApiField(field: string): string {
  const parts = field.replace(/^content\./, '').split('.');
  if (parts[0] === 'contactPerson') {
    const sub = parts[1] ?? 'name';
    return fieldId(`contact${sub.charAt(0).toUpperCase()}${sub.slice(1)}`);
  }
  if (parts[0] === 'organizationProfile' && parts[1]) {
    return fieldId(`org${parts[1].charAt(0).toUpperCase()}${parts[1].slice(1)}`);
  }
  if (parts[0] === 'roleSharing') parts[0] = 'roles';
  return fieldId(parts.join('-'));
}
