import { PROPOSAL_EVENT_TYPES } from '@kyodo/workflow';
import type { SchemaObject } from '../openapi/answers';
import { ref } from '../openapi/answers';
import { CALLS_SCHEMAS } from './calls.answers';
import { PROPOSAL_CONTENT, PROPOSAL_CONTENT_SCHEMAS } from './proposal-content.answers';

/** What an attachment can be: the types recognised by content (libs/proposals attachment-types.ts). */
export const ATTACHMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const moment: SchemaObject = { type: 'string', format: 'date-time' };
const sha256 = (description: string): SchemaObject => ({ type: 'string', pattern: '^[0-9a-f]{64}$', description });

/** What the proposals operations answer (the calls' and the proposal body's schemas are in their own files). */
export const PROPOSALS_SCHEMAS: Record<string, SchemaObject> = {
  ...CALLS_SCHEMAS,
  ...PROPOSAL_CONTENT_SCHEMAS,
  Proposal: {
    type: 'object',
    required: [
      'id',
      'callId',
      'organizationId',
      'origin',
      'themeId',
      'partnerDepartmentIds',
      'title',
      'content',
      'state',
      'version',
      'receiptNumber',
      'allowedEvents',
      'returns',
      'createdAt',
      'updatedAt',
    ],
    properties: {
      id: uuid,
      callId: uuid,
      organizationId: { ...uuid, description: 'The proposing organisation' },
      origin: {
        type: 'string',
        enum: ['group', 'department'],
        description: 'group: a citizens’ group proposes; department: a department proposes (相互提案)',
      },
      themeId: { ...uuid, nullable: true, description: '市提案テーマ answered; null for a free proposal' },
      partnerDepartmentIds: { type: 'array', items: uuid, description: 'Partner departments (担当課)' },
      title: { type: 'string' },
      content: ref('ProposalContent'),
      state: {
        type: 'string',
        description: 'The lifecycle state, dotted: draft, submitted.screening, decided.adopted … (docs/workflow.md)',
      },
      version: { type: 'integer', minimum: 1, description: 'Also the ETag; send as If-Match to edit or send an event' },
      receiptNumber: {
        type: 'string',
        nullable: true,
        pattern: '^[0-9]{4}-[0-9]{4,}$',
        description: '受付番号, given at the first submission: fiscal year and sequence in the call, e.g. 2026-0001',
      },
      allowedEvents: {
        type: 'array',
        items: { type: 'string', enum: [...PROPOSAL_EVENT_TYPES] },
        description: 'The events the caller may send now (with a valid payload); always empty in lists',
      },
      returns: {
        type: 'array',
        description: 'The secretariat’s requests for correction (RETURN), oldest first',
        items: {
          type: 'object',
          required: ['at', 'reason'],
          properties: { at: moment, reason: { type: 'string' } },
        },
      },
      createdAt: moment,
      updatedAt: moment,
    },
  },
  ProposalVersion: {
    type: 'object',
    description: 'The proposal as submitted or resubmitted; never changed afterwards',
    required: [
      'id',
      'municipalityId',
      'proposalId',
      'number',
      'title',
      'content',
      'event',
      'submittedBy',
      'submittedAt',
    ],
    properties: {
      id: uuid,
      municipalityId: uuid,
      proposalId: uuid,
      number: { type: 'integer', minimum: 1, description: '1 for the first submission, then one per resubmission' },
      title: { type: 'string' },
      content: ref('ProposalContent'),
      event: { type: 'string', enum: ['SUBMIT', 'RESUBMIT'], description: 'The event that froze it' },
      submittedBy: uuid,
      submittedAt: moment,
    },
  },
  ProposalVersionDiff: {
    type: 'object',
    required: ['from', 'to', 'changes'],
    properties: {
      from: { type: 'integer', minimum: 1 },
      to: { type: 'integer', minimum: 1 },
      changes: {
        type: 'array',
        description: 'Each top-level field that differs, in alphabetical order',
        items: {
          type: 'object',
          required: ['field', 'before', 'after'],
          properties: {
            field: { type: 'string', enum: ['title', ...Object.keys(PROPOSAL_CONTENT.properties ?? {})].sort() },
            before: { description: 'The value in `from` (see ProposalContent for its shape); null when absent' },
            after: { description: 'The value in `to` (see ProposalContent for its shape); null when absent' },
          },
        },
      },
    },
  },
  ProposalAuditEvent: {
    type: 'object',
    description: 'An entry of the proposal’s hash-chained audit stream',
    required: ['seq', 'action', 'actorId', 'actorRole', 'at', 'before', 'after', 'hash'],
    properties: {
      seq: { type: 'integer', minimum: 1, description: 'Position in the stream' },
      action: { type: 'string', description: 'e.g. proposal.created, proposal.edited, proposal.SUBMIT' },
      actorId: { ...uuid, nullable: true, description: 'null for the system (timers)' },
      actorRole: {
        type: 'string',
        nullable: true,
        description: 'The actor’s relation to the proposal or role, e.g. owner, secretariat, system',
      },
      at: moment,
      before: { description: 'Free-form JSON recorded by the action (e.g. the state before an event); may be null' },
      after: { description: 'Free-form JSON recorded by the action (e.g. the new state and the payload); may be null' },
      hash: sha256('SHA-256 over this entry and the previous entry’s hash, in hex'),
    },
  },
  Attachment: {
    type: 'object',
    required: [
      'id',
      'municipalityId',
      'proposalId',
      'filename',
      'contentType',
      'sizeBytes',
      'sha256',
      'uploadedBy',
      'uploadedAt',
    ],
    properties: {
      id: uuid,
      municipalityId: uuid,
      proposalId: uuid,
      filename: { type: 'string', description: 'The name given, cleaned, with the extension of the detected type' },
      contentType: {
        type: 'string',
        enum: ATTACHMENT_CONTENT_TYPES,
        description: 'Detected from the bytes, not from the name or the declared type',
      },
      sizeBytes: { type: 'integer', minimum: 1 },
      sha256: sha256('Of the bytes, in hex'),
      uploadedBy: uuid,
      uploadedAt: moment,
    },
  },
};
