import { ApiProperty, ApiSchema, OmitType } from '@nestjs/swagger';
import { PublicFunnelRowResponse } from './public.response';

@ApiSchema({
  name: 'ComparisonYear',
  description: 'One municipality’s fiscal year: the funnel’s totals with 採択率 and 実施率 over the proposals received',
})
export class ComparisonYearResponse extends OmitType(PublicFunnelRowResponse, [
  'fiscalYear',
  'dimension',
  'key',
  'labelJa',
  'labelEn',
] as const) {
  @ApiProperty({ type: 'integer', description: '年度（西暦）' })
  fiscalYear: number;

  @ApiProperty({ type: 'string', example: '令和8年度', description: '年度（和暦）' })
  fiscalYearWareki: string;
}

@ApiSchema({ name: 'ComparisonMunicipality', description: 'A municipality that joined the comparison' })
export class ComparisonMunicipalityResponse {
  @ApiProperty({ type: 'string', description: 'Its code on this deployment (the portal’s addresses take it)' })
  code: string;

  @ApiProperty({ type: 'string', pattern: '^[0-9]{6}$', description: '全国地方公共団体コード (check digit included)' })
  localGovernmentCode: string;

  @ApiProperty({ type: 'string' })
  nameJa: string;

  @ApiProperty({ type: 'string' })
  nameEn: string;

  @ApiProperty({ type: () => ComparisonYearResponse, isArray: true, description: 'Newest fiscal year first' })
  years: ComparisonYearResponse[];
}

@ApiSchema({ name: 'Comparison', description: '自治体間比較: only municipalities whose administrator joined it' })
export class ComparisonResponse {
  @ApiProperty({ type: () => ComparisonMunicipalityResponse, isArray: true, description: 'By code' })
  municipalities: ComparisonMunicipalityResponse[];
}

@ApiSchema({ name: 'ComparisonRecord', description: 'One received proposal, with no name, title or id' })
export class ComparisonRecordResponse {
  @ApiProperty({ type: 'string', pattern: '^[0-9]{6}$', description: '全国地方公共団体コード' })
  local_government_code: string;
  @ApiProperty({ type: 'string', description: 'The municipality’s code on this deployment' }) municipality_code: string;
  @ApiProperty({ type: 'string' }) municipality_ja: string;
  @ApiProperty({ type: 'string' }) municipality_en: string;
  @ApiProperty({ type: 'integer', description: '年度（西暦）' }) fiscal_year: number;
  @ApiProperty({ type: 'string', description: '年度（和暦）' }) fiscal_year_wareki: string;
  @ApiProperty({ type: 'string', enum: ['theme', 'free'] }) proposal_type: string;
  @ApiProperty({ type: 'string', enum: ['group', 'department'] }) proposer_kind: string;
  @ApiProperty({ type: 'string', description: 'The municipality’s own activity-field keys, `;`-separated' })
  activity_fields: string;
  @ApiProperty({ type: 'integer', nullable: true, description: '申請額（円）, once a decision is published' })
  requested_amount: number | null;
  @ApiProperty({
    type: 'string',
    enum: ['screenedOut', 'withdrawn', 'inReview', 'provisional', 'notAdopted', 'adopted'],
  })
  stage: string;
  @ApiProperty({ type: 'boolean' }) implemented: boolean;
  @ApiProperty({ type: 'string', nullable: true, description: '期末評価, once an assessment is published' })
  end_of_term_verdict: string | null;
}

@ApiSchema({ name: 'ComparisonDataset', description: 'The dataset’s JSON: its columns and one record per proposal' })
export class ComparisonDatasetResponse {
  @ApiProperty({ type: 'array', items: { type: 'string' } })
  columns: string[];

  @ApiProperty({ type: () => ComparisonRecordResponse, isArray: true })
  records: ComparisonRecordResponse[];
}
