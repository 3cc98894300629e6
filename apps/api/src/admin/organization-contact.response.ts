import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({
  name: 'OrganizationContact',
  description: 'An organisation’s contact details (private; empty where not given)',
})
export class OrganizationContactResponse {
  @ApiProperty({ description: '郵便番号' }) postalCode: string;
  @ApiProperty({ description: '所在地' }) address: string;
  @ApiProperty({ description: '電話番号' }) phone: string;
  @ApiProperty({ description: 'メールアドレス' }) email: string;
  @ApiProperty({ description: '代表者の氏名' }) representativeName: string;
  @ApiProperty({ description: '代表者の役職' }) representativeTitle: string;
  @ApiProperty({ description: '担当者（連絡窓口）' }) contactPerson: string;
}

@ApiSchema({ name: 'OrganizationProfile', description: '団体情報: an organisation with its private contact details' })
export class OrganizationProfileResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', enum: ['group', 'department', 'intermediary'] })
  kind: 'group' | 'department' | 'intermediary';
  @ApiProperty() nameJa: string;
  @ApiProperty({ description: 'Empty when the organisation has no English name' }) nameEn: string;
  @ApiProperty({ type: () => OrganizationContactResponse }) contact: OrganizationContactResponse;
}
