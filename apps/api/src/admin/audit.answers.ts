import { listOf, ref, type SchemaObject } from '../openapi/answers';

/** What verifying the audit hash chains answers (libs/audit audit-verifier.ts). */
export const AUDIT_SCHEMAS: Record<string, SchemaObject> = {
  AuditVerification: {
    type: 'object',
    required: ['streams', 'entries', 'breaks', 'verifiedAt'],
    properties: {
      streams: { type: 'integer', minimum: 0, description: 'Hash chains checked' },
      entries: { type: 'integer', minimum: 0, description: 'Audit entries recomputed' },
      breaks: {
        ...listOf(ref('AuditChainBreak')),
        description: 'The first broken link of each damaged chain; empty when every chain is intact',
      },
      verifiedAt: { type: 'string', format: 'date-time' },
    },
  },
  AuditChainBreak: {
    type: 'object',
    required: ['stream', 'seq', 'id', 'reason'],
    properties: {
      stream: { type: 'string', description: 'The chain, `municipality:<id>`, `call:<id>` or `proposal:<id>`' },
      seq: {
        type: 'integer',
        minimum: 1,
        description: 'The first entry that does not follow from the one before it (or the first one missing)',
      },
      id: {
        type: 'string',
        pattern: '^[0-9]+$',
        nullable: true,
        description: 'That entry’s id (a bigint, as a decimal string); null when the entry is missing',
      },
      reason: {
        type: 'string',
        enum: ['hash_mismatch', 'broken_link', 'sequence_gap', 'truncated'],
        description:
          'hash_mismatch: the entry was altered; broken_link: its prev_hash is not the previous hash; ' +
          'sequence_gap: an entry is missing or extra; truncated: the chain disagrees with its recorded head',
      },
    },
  },
};
