import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/**
 * 提案書, the body of a proposal (libs/proposals proposal-content.ts; written through ProposalContentDto). Every
 * part is optional while drafting; submission needs the parts `missingForSubmission` checks.
 */

@ApiSchema({ name: 'ProposalKpi' })
export class ProposalKpiResponse {
  @ApiProperty({
    type: 'string',
    enum: ['outcome', 'activity'],
    description: '成果目標 (outcome) or 活動指標 (activity)',
  })
  kind: string;

  @ApiProperty({ type: 'string' })
  name: string;

  @ApiProperty({ type: 'string', description: 'e.g. 人, 回' })
  unit: string;

  @ApiPropertyOptional({ type: 'number' })
  baseline?: number;

  @ApiProperty({ type: 'number' })
  target: number;
}

@ApiSchema({ name: 'ProposalRoleShare', description: 'A row of the 役割分担表' })
export class ProposalRoleShareResponse {
  @ApiProperty({ type: 'string' })
  task: string;

  @ApiProperty({ type: 'string', description: 'What the group does' })
  group: string;

  @ApiProperty({ type: 'string', description: 'What the city does' })
  city: string;

  @ApiProperty({ type: 'string', enum: ['group', 'city', 'shared'] })
  costBorneBy: string;
}

@ApiSchema({ name: 'ProposalBudgetLine' })
export class ProposalBudgetLineResponse {
  @ApiProperty({ type: 'string', enum: ['income', 'expense'] })
  kind: string;

  @ApiProperty({ type: 'string' })
  item: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000000000000, description: 'Yen' })
  amount: number;
}

@ApiSchema({ name: 'ProposalScheduleItem' })
export class ProposalScheduleItemResponse {
  @ApiProperty({ type: 'string', description: 'Free text, e.g. 2026年4月〜6月' })
  period: string;

  @ApiProperty({ type: 'string' })
  activity: string;
}

@ApiSchema({ name: 'ProposalContentOrganizationProfile', description: '団体概要 (the proposing organisation)' })
export class ProposalContentOrganizationProfileResponse {
  @ApiPropertyOptional({ type: 'string' })
  representative?: string;

  @ApiPropertyOptional({ type: 'string', description: 'Free text, e.g. 2019-04' })
  founded?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10000000 })
  members?: number;

  @ApiPropertyOptional({ type: 'string' })
  activities?: string;
}

@ApiSchema({
  name: 'ProposalContentContactPerson',
  description: 'Personal data: shown to the secretariat and partner departments, never published',
})
export class ProposalContentContactPersonResponse {
  @ApiPropertyOptional({ type: 'string' })
  name?: string;

  @ApiPropertyOptional({ type: 'string', description: 'An e-mail address' })
  email?: string;

  @ApiPropertyOptional({ type: 'string', description: 'Digits, spaces and + - ( ), e.g. 0467-00-0000' })
  phone?: string;
}

@ApiSchema({
  name: 'ProposalContent',
  description: '提案書: the body of a proposal; any part may be missing in a draft',
})
export class ProposalContentResponse {
  @ApiPropertyOptional({ type: 'string', description: '事業の概要 (summary)' })
  summary?: string;

  @ApiPropertyOptional({ type: 'string', description: '課題・地域ニーズ (the problem and local needs)' })
  background?: string;

  @ApiPropertyOptional({ type: 'string', description: '事業の目的 (objectives)' })
  objectives?: string;

  @ApiPropertyOptional({ type: () => ProposalKpiResponse, isArray: true })
  kpis?: ProposalKpiResponse[];

  @ApiPropertyOptional({
    type: () => ProposalRoleShareResponse,
    isArray: true,
    description: '役割分担表 (who does what)',
  })
  roleSharing?: ProposalRoleShareResponse[];

  @ApiPropertyOptional({
    type: () => ProposalBudgetLineResponse,
    isArray: true,
    description: '収支予算 (income and expenses)',
  })
  budget?: ProposalBudgetLineResponse[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 1000000000000,
    description: 'Requested amount in yen, at most the call’s maximum',
  })
  requestedAmount?: number;

  @ApiPropertyOptional({ type: () => ProposalScheduleItemResponse, isArray: true })
  schedule?: ProposalScheduleItemResponse[];

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string' },
    description: 'Keys of activity fields, within the call’s scope',
  })
  activityFields?: string[];

  @ApiPropertyOptional({
    type: () => ProposalContentOrganizationProfileResponse,
    description: '団体概要 (the proposing organisation)',
  })
  organizationProfile?: ProposalContentOrganizationProfileResponse;

  @ApiPropertyOptional({
    type: () => ProposalContentContactPersonResponse,
    description: 'Personal data: shown to the secretariat and partner departments, never published',
  })
  contactPerson?: ProposalContentContactPersonResponse;
}
