import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';
import { ANY_JSON_VALUE } from '../openapi/answers';
import { ProposalContentResponse } from './proposal-content.response';

// A proposal's submitted versions and the field-level difference between two of them.

/** The members of ProposalContentResponse and the title: what a version diff can name. */
const DIFF_FIELDS = [
  'activityFields',
  'background',
  'budget',
  'contactPerson',
  'kpis',
  'objectives',
  'organizationProfile',
  'requestedAmount',
  'roleSharing',
  'schedule',
  'summary',
  'title',
];

@ApiSchema({
  name: 'ProposalVersion',
  description: 'The proposal as submitted or resubmitted; never changed afterwards',
})
export class ProposalVersionResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: '1 for the first submission, then one per resubmission' })
  number: number;

  @ApiProperty({ type: 'string' })
  title: string;

  @ApiProperty({ type: () => ProposalContentResponse })
  content: ProposalContentResponse;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: '継続提案: the proposal continued, as it stood when this version was submitted',
  })
  predecessorId: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: '協働相手 as named when this version was submitted',
  })
  partnerGroupIds: string[];

  @ApiProperty({ type: 'string', enum: ['SUBMIT', 'RESUBMIT'], description: 'The event that froze it' })
  event: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  submittedBy: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  submittedAt: Timestamp;
}

@ApiSchema({ name: 'ProposalVersionDiffChange' })
export class ProposalVersionDiffChangeResponse {
  @ApiProperty({ type: 'string', enum: DIFF_FIELDS })
  field: string;

  @ApiProperty({
    ...ANY_JSON_VALUE,
    description: 'The value in `from` (see ProposalContent for its shape); null when absent',
  })
  before: unknown;

  @ApiProperty({
    ...ANY_JSON_VALUE,
    description: 'The value in `to` (see ProposalContent for its shape); null when absent',
  })
  after: unknown;
}

@ApiSchema({ name: 'ProposalVersionDiff' })
export class ProposalVersionDiffResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  from: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  to: number;

  @ApiProperty({
    type: () => ProposalVersionDiffChangeResponse,
    isArray: true,
    description: 'Each top-level field that differs, in alphabetical order',
  })
  changes: ProposalVersionDiffChangeResponse[];
}
