import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({
  name: 'AgreementSignatory',
  description:
    'A party the 協定書 lists with a signature block; contact details empty for callers who do not arrange the partnership',
})
export class AgreementSignatoryResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: 'string', enum: ['proposer', 'partnerDepartment', 'partnerGroup'] })
  role: 'proposer' | 'partnerDepartment' | 'partnerGroup';
  @ApiProperty({ type: 'string', enum: ['city', 'group'], description: 'city: a department; group: a citizen group' })
  side: 'city' | 'group';
  @ApiProperty() name: string;
  @ApiProperty({ description: '所在地' }) address: string;
  @ApiProperty({ description: '代表者（役職・氏名）' }) representative: string;
  @ApiProperty({ description: '電話番号' }) phone: string;
  @ApiProperty({ description: 'メールアドレス' }) email: string;
}
