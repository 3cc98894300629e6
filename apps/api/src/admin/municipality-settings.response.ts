import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({
  name: 'MunicipalityContact',
  description: 'The secretariat’s contact (お問い合わせ先); empty members are not shown',
})
export class MunicipalityContactResponse {
  @ApiProperty({ type: 'string', description: '課名' }) departmentJa: string;
  @ApiProperty({ type: 'string', description: 'Empty: the Japanese one is shown' }) departmentEn: string;
  @ApiProperty({ type: 'string', description: '電話' }) phone: string;
  @ApiProperty({ type: 'string', description: 'メール' }) email: string;
  @ApiProperty({ type: 'string', description: '住所' }) addressJa: string;
  @ApiProperty({ type: 'string', description: 'Empty: the Japanese one is shown' }) addressEn: string;
  @ApiProperty({ type: 'string', description: '受付時間' }) hoursJa: string;
  @ApiProperty({ type: 'string', description: 'Empty: the Japanese one is shown' }) hoursEn: string;
}

@ApiSchema({
  name: 'MunicipalityEmblem',
  description: 'The emblem’s type, size and checksum (the bytes are served apart)',
})
export class MunicipalityEmblemResponse {
  @ApiProperty({ type: 'string', enum: ['image/png', 'image/jpeg'] }) contentType: 'image/png' | 'image/jpeg';
  @ApiProperty({ type: 'integer', minimum: 1 }) sizeBytes: number;
  @ApiProperty({ type: 'string', pattern: '^[0-9a-f]{64}$' }) sha256: string;
}

@ApiSchema({ name: 'MunicipalitySettings', description: 'What the municipality shows the public beside its name' })
export class MunicipalitySettingsResponse {
  @ApiProperty({ type: () => MunicipalityContactResponse }) contact: MunicipalityContactResponse;

  @ApiProperty({ type: () => MunicipalityEmblemResponse, nullable: true, description: 'null: no emblem' })
  emblem: MunicipalityEmblemResponse | null;
}

@ApiSchema({
  name: 'ComparisonSetting',
  description: 'Whether the municipality joins the cross-municipality comparison',
})
export class ComparisonSettingResponse {
  @ApiProperty({ type: 'boolean' })
  comparisonOptIn: boolean;

  @ApiProperty({ type: 'string', nullable: true, description: '全国地方公共団体コード (six digits), once stated' })
  localGovernmentCode: string | null;
}
