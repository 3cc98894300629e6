import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({
  name: 'SsoSignInOption',
  description: 'A municipality whose staff sign in through its own OpenID provider (シングルサインオン)',
})
export class SsoSignInOptionResponse {
  @ApiProperty({ type: 'string', description: 'Start at GET /api/v1/auth/oidc/{municipalityCode}/start' })
  municipalityCode: string;

  @ApiProperty({ type: 'string' })
  municipalityNameJa: string;

  @ApiProperty({ type: 'string' })
  municipalityNameEn: string;

  @ApiProperty({ type: 'string', description: 'The button’s label, e.g. 鎌倉市職員ポータル' })
  labelJa: string;

  @ApiProperty({ type: 'string' })
  labelEn: string;
}
