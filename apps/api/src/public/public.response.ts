import { PARTNERSHIP_FORMS } from '@kyodo/platform';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';
import { PublicationPackageResponse } from './publication.response';
import { LocalizedTextResponse } from '../openapi/localized-text.response';

/** What the public operations answer: unauthenticated reads of what is disclosed. */

@ApiSchema({ name: 'PublicMunicipality' })
export class PublicMunicipalityResponse {
  @ApiProperty({ type: 'string', description: 'What the other public reads take as `municipality`' })
  code: string;

  @ApiProperty({ type: 'string' })
  nameJa: string;

  @ApiProperty({ type: 'string' })
  nameEn: string;
}

@ApiSchema({ name: 'PublicCallTheme' })
export class PublicCallThemeResponse {
  @ApiProperty({ type: 'string' })
  titleJa: string;

  @ApiProperty({ type: 'string' })
  titleEn: string;
}

@ApiSchema({ name: 'PublicCallDocument', description: 'A file on an announced call: 募集要項, 提案書様式 …' })
export class PublicCallDocumentResponse {
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    description: 'GET /api/v1/public/calls/{id}/documents/{this} serves it',
  })
  id: string;

  @ApiProperty({ type: 'string', example: '募集要項' })
  title: string;

  @ApiProperty({ type: 'string' })
  filename: string;

  @ApiProperty({ type: 'string' })
  contentType: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  sizeBytes: number;
}

@ApiSchema({ name: 'PublicCall', description: 'A call (募集回) with its department themes' })
export class PublicCallResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: 'string' })
  titleJa: string;

  @ApiProperty({ type: 'string' })
  titleEn: string;

  @ApiProperty({ type: 'string' })
  descriptionJa: string;

  @ApiProperty({ type: 'string' })
  descriptionEn: string;

  @ApiProperty({ type: 'string', description: 'Who may propose (応募資格)' })
  eligibilityJa: string;

  @ApiProperty({ type: 'number', minimum: 0, nullable: true, description: 'Yen; null for no ceiling' })
  maxRequestedAmount: number | null;

  @ApiProperty({ type: 'integer', description: '募集年度 (the fiscal year the call recruits in)' })
  recruitmentFiscalYear: number;

  @ApiProperty({
    type: 'string',
    enum: PARTNERSHIP_FORMS,
    nullable: true,
    description: '協働の形態 the call funds; it names the amount (委託料, 補助金, 負担金 …)',
  })
  partnershipForm: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '補助率 numerator (経費の3分の2以内: 2)' })
  subsidyRatioNumerator: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '補助率 denominator (経費の3分の2以内: 3)' })
  subsidyRatioDenominator: number | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'number' },
    description: 'Cap of each year of a continuing project in yen, first year first; empty = none',
  })
  yearlyCaps: number[];

  @ApiProperty({ type: 'string', format: 'date-time' })
  submissionOpensAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time' })
  submissionClosesAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'When results are to be published' })
  publicationAt: Timestamp | null;

  @ApiProperty({
    type: 'boolean',
    description: '継続提案: a proposal may continue a project adopted in an earlier call',
  })
  continuationAllowed: boolean;

  @ApiProperty({
    type: 'integer',
    minimum: 2,
    maximum: 10,
    description: 'The most consecutive years a project may run, the first year counting as 1',
  })
  continuationMaxYears: number;

  @ApiProperty({
    type: () => PublicCallThemeResponse,
    isArray: true,
    description: 'Department themes (市提案テーマ), oldest first',
  })
  themes: PublicCallThemeResponse[];

  @ApiProperty({
    type: () => PublicCallDocumentResponse,
    isArray: true,
    description: '募集要項 and forms, oldest first; none until the call is announced (its submission period opens)',
  })
  documents: PublicCallDocumentResponse[];
}

@ApiSchema({
  name: 'PublicProposalSummary',
  description: 'A disclosed proposal in the list: its latest decision package, summarised',
})
export class PublicProposalSummaryResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'Receipt number (受付番号)' })
  receiptNumber: string | null;

  @ApiProperty({ type: 'string' })
  title: string;

  @ApiProperty({ type: 'string', enum: ['group', 'department'], description: 'The proposer’s kind' })
  origin: string;

  @ApiProperty({
    type: 'string',
    enum: ['theme', 'free'],
    description: 'テーマ設定型 (answers a theme the city set in the call) or 自由提案型',
  })
  proposalType: 'theme' | 'free';

  @ApiProperty({ type: () => LocalizedTextResponse })
  organization: LocalizedTextResponse;

  @ApiProperty({ type: 'array', items: { type: 'string' }, description: 'Keys of the municipality’s activity fields' })
  activityFields: string[];

  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: 'string', enum: ['adopted', 'adoptedWithConditions', 'notAdopted'], nullable: true })
  decision: string | null;

  @ApiProperty({ type: 'boolean', description: '採択内定: the adoption waits for the budget (a new version follows)' })
  provisional: boolean;

  @ApiProperty({
    type: 'number',
    minimum: 0,
    maximum: 100,
    nullable: true,
    description: 'The presentation total on 100, else the document total; null if neither was scored',
  })
  total: number | null;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Version of the decision package' })
  version: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  publishedAt: Timestamp;
}

@ApiSchema({ name: 'PublicProposalPage' })
export class PublicProposalPageResponse {
  @ApiProperty({ type: () => PublicProposalSummaryResponse, isArray: true })
  items: PublicProposalSummaryResponse[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}

@ApiSchema({ name: 'PublicProposalVersion' })
export class PublicProposalVersionResponse {
  @ApiProperty({ type: 'string', enum: ['decision', 'assessment'] })
  kind: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  publishedAt: Timestamp;

  @ApiProperty({ type: 'string', nullable: true, description: 'Why it was corrected; null for the first' })
  correctionReason: string | null;
}

@ApiSchema({ name: 'PublicProposalStatusHistory' })
export class PublicProposalStatusHistoryResponse {
  @ApiProperty({ type: 'string', description: 'e.g. `submitted.screening`' })
  state: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  at: Timestamp;
}

@ApiSchema({
  name: 'PublicProposal',
  description:
    'A disclosed proposal: the latest package of each kind, every version published, the states it went through',
})
export class PublicProposalResponse {
  @ApiProperty({
    type: () => PublicationPackageResponse,
    nullable: true,
    description: 'The latest decision package (審査結果); null before one',
  })
  decision: PublicationPackageResponse | null;

  @ApiProperty({
    type: () => PublicationPackageResponse,
    nullable: true,
    description: 'The latest assessment package (事業評価); null before one',
  })
  assessment: PublicationPackageResponse | null;

  @ApiProperty({ type: () => PublicProposalVersionResponse, isArray: true, description: 'By kind, then version' })
  versions: PublicProposalVersionResponse[];

  @ApiProperty({
    type: () => PublicProposalStatusHistoryResponse,
    isArray: true,
    description: 'Each change of state, oldest first',
  })
  statusHistory: PublicProposalStatusHistoryResponse[];

  @ApiProperty({
    type: () => PublicContinuationResponse,
    nullable: true,
    description: '継続事業: the year of the project and what it continues; null for a first-year project',
  })
  continuation: PublicContinuationResponse | null;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description:
      'The citizen group that proposed it, whose track record (協働の実績) GET /api/v1/public/groups/{id}/track-record gives; null for a department’s proposal',
  })
  trackRecordGroupId: string | null;
}

@ApiSchema({ name: 'PublicContinuation', description: '継続事業: a project in its second or later consecutive year' })
export class PublicContinuationResponse {
  @ApiProperty({ type: 'integer', minimum: 2, description: 'The consecutive year of the project (2 = 2年目)' })
  year: number;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The proposal continued, when its decision is disclosed (its public page); null otherwise',
  })
  predecessorId: string | null;
}

@ApiSchema({ name: 'PublicFunnelRow' })
export class PublicFunnelRowResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'The fiscal year; null for every year together' })
  fiscalYear: number | null;

  @ApiProperty({
    type: 'string',
    enum: ['total', 'proposalType', 'proposerKind', 'typeAndProposer', 'department', 'field'],
  })
  dimension: 'total' | 'proposalType' | 'proposerKind' | 'typeAndProposer' | 'department' | 'field';

  @ApiProperty({
    type: 'string',
    description:
      '`all`; `theme`/`free`; `group`/`department`; `theme:group` …; a department’s id; an activity field’s key',
  })
  key: string;

  @ApiProperty({ type: 'string' })
  labelJa: string;

  @ApiProperty({ type: 'string' })
  labelEn: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: '提案件数: submitted (a receipt number), never a draft' })
  received: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: '形式審査で不受理: found ineligible, or returned and not resubmitted by the deadline',
  })
  screenedOut: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: '取下げ: withdrawn after submission' })
  withdrawn: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: '審査中: no decision published yet' })
  inReview: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: '採択内定: a published adoption pending the budget, counted as neither adopted nor in review',
  })
  provisional: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: '不採択: a published decision not to adopt' })
  notAdopted: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: '採択: a published adoption, with conditions included' })
  adopted: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: '実施: adopted, agreement concluded and the project started (or ended); part of adopted',
  })
  implemented: number;

  @ApiProperty({
    type: 'number',
    nullable: true,
    minimum: 0,
    description: '採択率 = adopted ÷ received × 100, rounded half up to one decimal; null when none was received',
  })
  adoptionRate: number | null;

  @ApiProperty({
    type: 'number',
    nullable: true,
    minimum: 0,
    description: '実施率 = implemented ÷ received × 100, rounded half up to one decimal; null when none was received',
  })
  implementationRate: number | null;
}

@ApiSchema({ name: 'PublicStatistics' })
export class PublicStatisticsResponse {
  @ApiProperty({
    type: () => PublicFunnelRowResponse,
    isArray: true,
    description:
      'Every year together first (fiscalYear null), then newest year first; per year: total, types, proposer kinds, both, departments, fields',
  })
  funnel: PublicFunnelRowResponse[];
}
