import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OrganizationContactResponse } from '../admin/organization-contact.response';

@ApiSchema({
  name: 'ProposalPartner',
  description: 'One side of a proposal’s partnership, as a registered organisation',
})
export class ProposalPartnerResponse {
  @ApiProperty({ type: 'string', format: 'uuid' }) organizationId: string;
  @ApiProperty({
    type: 'string',
    enum: ['proposer', 'partnerDepartment', 'partnerGroup'],
    description:
      'proposer: the proposing organisation; partnerDepartment: 担当課; partnerGroup: 協働相手 of a department',
  })
  role: 'proposer' | 'partnerDepartment' | 'partnerGroup';
  @ApiProperty({ type: 'string', enum: ['group', 'department', 'intermediary'] })
  kind: 'group' | 'department' | 'intermediary';
  @ApiProperty() nameJa: string;
  @ApiProperty({ description: 'Empty when the organisation has no English name' }) nameEn: string;
  @ApiProperty({
    type: () => OrganizationContactResponse,
    nullable: true,
    description:
      'Contact details for the secretariat, administrators, the proposer and the partner departments; null for anyone else',
  })
  contact: OrganizationContactResponse | null;
}
