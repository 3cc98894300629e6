import type { SchemaObject } from '../openapi/answers';
import { ref } from '../openapi/answers';

const text = (description?: string): SchemaObject => ({ type: 'string', ...(description ? { description } : {}) });
const yen = (description: string): SchemaObject => ({
  type: 'integer',
  minimum: 0,
  maximum: 1_000_000_000_000,
  description,
});

/**
 * 提案書, the body of a proposal (libs/proposals proposal-content.ts; written through ProposalContentDto). Every
 * part is optional while drafting; submission needs the parts `missingForSubmission` checks.
 */
export const PROPOSAL_CONTENT: SchemaObject = {
  type: 'object',
  description: '提案書: the body of a proposal; any part may be missing in a draft',
  properties: {
    summary: text('事業の概要 (summary)'),
    background: text('課題・地域ニーズ (the problem and local needs)'),
    objectives: text('事業の目的 (objectives)'),
    kpis: { type: 'array', items: ref('ProposalKpi') },
    roleSharing: { type: 'array', items: ref('ProposalRoleShare'), description: '役割分担表 (who does what)' },
    budget: { type: 'array', items: ref('ProposalBudgetLine'), description: '収支予算 (income and expenses)' },
    requestedAmount: yen('Requested amount in yen, at most the call’s maximum'),
    schedule: { type: 'array', items: ref('ProposalScheduleItem') },
    activityFields: {
      type: 'array',
      items: { type: 'string' },
      description: 'Keys of activity fields, within the call’s scope',
    },
    organizationProfile: {
      type: 'object',
      description: '団体概要 (the proposing organisation)',
      properties: {
        representative: text(),
        founded: text('Free text, e.g. 2019-04'),
        members: { type: 'integer', minimum: 0, maximum: 10_000_000 },
        activities: text(),
      },
    },
    contactPerson: {
      type: 'object',
      description: 'Personal data: shown to the secretariat and partner departments, never published',
      properties: {
        name: text(),
        // No `format: email`: the input check (class-validator IsEmail) also takes addresses JSON Schema's format refuses.
        email: text('An e-mail address'),
        phone: text('Digits, spaces and + - ( ), e.g. 0467-00-0000'),
      },
    },
  },
};

/** The proposal body and its parts. */
export const PROPOSAL_CONTENT_SCHEMAS: Record<string, SchemaObject> = {
  ProposalContent: PROPOSAL_CONTENT,
  ProposalKpi: {
    type: 'object',
    required: ['kind', 'name', 'unit', 'target'],
    properties: {
      kind: { type: 'string', enum: ['outcome', 'activity'], description: '成果目標 (outcome) or 活動指標 (activity)' },
      name: text(),
      unit: text('e.g. 人, 回'),
      baseline: { type: 'number' },
      target: { type: 'number' },
    },
  },
  ProposalRoleShare: {
    type: 'object',
    description: 'A row of the 役割分担表',
    required: ['task', 'group', 'city', 'costBorneBy'],
    properties: {
      task: text(),
      group: text('What the group does'),
      city: text('What the city does'),
      costBorneBy: { type: 'string', enum: ['group', 'city', 'shared'] },
    },
  },
  ProposalBudgetLine: {
    type: 'object',
    required: ['kind', 'item', 'amount'],
    properties: {
      kind: { type: 'string', enum: ['income', 'expense'] },
      item: text(),
      amount: yen('Yen'),
    },
  },
  ProposalScheduleItem: {
    type: 'object',
    required: ['period', 'activity'],
    properties: { period: text('Free text, e.g. 2026年4月〜6月'), activity: text() },
  },
};
