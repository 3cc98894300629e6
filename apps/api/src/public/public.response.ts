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

  @ApiProperty({ type: 'string', format: 'date-time' })
  submissionOpensAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time' })
  submissionClosesAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'When results are to be published' })
  publicationAt: Timestamp | null;

  @ApiProperty({
    type: () => PublicCallThemeResponse,
    isArray: true,
    description: 'Department themes (市提案テーマ), oldest first',
  })
  themes: PublicCallThemeResponse[];
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

  @ApiProperty({ type: 'string', enum: ['group', 'department'] })
  origin: string;

  @ApiProperty({ type: () => LocalizedTextResponse })
  organization: LocalizedTextResponse;

  @ApiProperty({ type: 'array', items: { type: 'string' }, description: 'Keys of the municipality’s activity fields' })
  activityFields: string[];

  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: 'string', enum: ['adopted', 'adoptedWithConditions', 'notAdopted'], nullable: true })
  decision: string | null;

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
}

@ApiSchema({ name: 'PublicStatisticsByYearAndOrigin' })
export class PublicStatisticsByYearAndOriginResponse {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: 'string', enum: ['group', 'department'] })
  origin: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  disclosed: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Adopted, with or without conditions' })
  adopted: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Reached agreement or later (協定締結以降)' })
  implemented: number;

  @ApiProperty({
    type: 'number',
    minimum: 0,
    nullable: true,
    description: 'implemented / adopted in percent, one decimal; null when none was adopted',
  })
  implementationRate: number | null;
}

@ApiSchema({ name: 'PublicStatisticsByActivityField' })
export class PublicStatisticsByActivityFieldResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({ type: 'string' })
  labelJa: string;

  @ApiProperty({ type: 'string' })
  labelEn: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  disclosed: number;
}

@ApiSchema({ name: 'PublicStatistics' })
export class PublicStatisticsResponse {
  @ApiProperty({ type: () => PublicStatisticsByYearAndOriginResponse, isArray: true, description: 'Newest year first' })
  byYearAndOrigin: PublicStatisticsByYearAndOriginResponse[];

  @ApiProperty({
    type: () => PublicStatisticsByActivityFieldResponse,
    isArray: true,
    description: 'Every activity field of the municipality, in its order',
  })
  byActivityField: PublicStatisticsByActivityFieldResponse[];
}
