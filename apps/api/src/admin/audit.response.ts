import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';

/** What verifying the audit hash chains answers (libs/audit audit-verifier.ts). */

@ApiSchema({ name: 'AuditChainBreak' })
export class AuditChainBreakResponse {
  @ApiProperty({ type: 'string', description: 'The chain, `municipality:<id>`, `call:<id>` or `proposal:<id>`' })
  stream: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'The first entry that does not follow from the one before it (or the first one missing)',
  })
  seq: number;

  @ApiProperty({
    type: 'string',
    pattern: '^[0-9]+$',
    nullable: true,
    description: 'That entry’s id (a bigint, as a decimal string); null when the entry is missing',
  })
  id: string | null;

  @ApiProperty({
    type: 'string',
    enum: ['hash_mismatch', 'broken_link', 'sequence_gap', 'truncated'],
    description:
      'hash_mismatch: the entry was altered; broken_link: its prev_hash is not the previous hash; sequence_gap: an entry is missing or extra; truncated: the chain disagrees with its recorded head',
  })
  reason: string;
}

@ApiSchema({ name: 'AuditVerification' })
export class AuditVerificationResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Hash chains checked' })
  streams: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Audit entries recomputed' })
  entries: number;

  @ApiProperty({
    type: () => AuditChainBreakResponse,
    isArray: true,
    description: 'The first broken link of each damaged chain; empty when every chain is intact',
  })
  breaks: AuditChainBreakResponse[];

  @ApiProperty({ type: 'string', format: 'date-time' })
  verifiedAt: Timestamp;
}
