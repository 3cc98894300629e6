import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { MunicipalityContactResponse, MunicipalityEmblemResponse } from '../admin/municipality-settings.response';

@ApiSchema({
  name: 'PublicMunicipalityProfile',
  description: 'A municipality as the portal shows it: names, the secretariat’s contact, its emblem (if any)',
})
export class PublicMunicipalityProfileResponse {
  @ApiProperty({ type: 'string' }) code: string;
  @ApiProperty({ type: 'string' }) nameJa: string;
  @ApiProperty({ type: 'string' }) nameEn: string;
  @ApiProperty({ type: () => MunicipalityContactResponse }) contact: MunicipalityContactResponse;

  @ApiProperty({
    type: () => MunicipalityEmblemResponse,
    nullable: true,
    description: 'GET /api/v1/public/municipalities/{code}/emblem serves it; null: none',
  })
  emblem: MunicipalityEmblemResponse | null;
}
