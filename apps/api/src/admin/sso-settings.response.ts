import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({
  name: 'SsoProvider',
  description: 'The municipality’s OpenID provider (the client secret is never shown)',
})
export class SsoProviderResponse {
  @ApiProperty({ type: 'string' }) issuer: string;
  @ApiProperty({ type: 'string' }) clientId: string;
  @ApiProperty({ type: 'string' }) emailClaim: string;
  @ApiProperty({ type: 'boolean' }) requireVerifiedEmail: boolean;
  @ApiProperty({ type: 'string' }) labelJa: string;
  @ApiProperty({ type: 'string' }) labelEn: string;
  @ApiProperty({ type: 'boolean' }) enabled: boolean;
  @ApiProperty({ type: 'string', description: 'What to register at the provider as the redirect URI' })
  redirectUri: string;
}

@ApiSchema({ name: 'SsoSettings', description: 'Single sign-on for the municipality’s staff' })
export class SsoSettingsResponse {
  @ApiProperty({ type: () => SsoProviderResponse, nullable: true, description: 'null: staff sign in with passwords' })
  provider: SsoProviderResponse | null;

  @ApiProperty({ type: 'string', description: 'What to register at the provider as the redirect URI' })
  redirectUri: string;
}
