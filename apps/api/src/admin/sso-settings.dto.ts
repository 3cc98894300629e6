import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../http/optional';
import { RequiredText } from '../http/text-fields';

/** One word of printable text: no control characters, no spaces (what a URL, a claim name or a client id is). */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const TOKEN = /^[^\s\u0000-\u001f\u007f]+$/;

/** A municipality's OpenID provider for its staff's single sign-on. */
export class SsoProviderDto {
  @ApiProperty({
    example: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    description:
      'The issuer (its /.well-known/openid-configuration is read): https; http only on 127.0.0.1 or localhost',
    maxLength: 500,
  })
  @IsString()
  @MaxLength(500)
  @Matches(TOKEN, { message: 'issuer must be a URL without spaces' })
  issuer: string;

  @ApiProperty({ example: 'kyodo', maxLength: 200, description: 'The client (application) id registered there' })
  @IsString()
  @MaxLength(200)
  @Matches(TOKEN, { message: 'clientId must be one word without spaces' })
  clientId: string;

  @ApiProperty({
    required: false,
    maxLength: 500,
    description: 'The client secret. Required the first time; left out, the saved one stays. Never shown again.',
  })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  @Matches(TOKEN, { message: 'clientSecret must be one word without spaces' })
  clientSecret?: string;

  @ApiProperty({
    example: 'email',
    maxLength: 100,
    description: 'The claim holding the e-mail address that matches a Kyodo account (email, upn, preferred_username)',
  })
  @IsString()
  @MaxLength(100)
  @Matches(TOKEN, { message: 'emailClaim must be a claim name' })
  emailClaim: string;

  @ApiProperty({
    type: 'boolean',
    description: 'Match by address only when the provider says it is verified (email_verified: true)',
  })
  @IsBoolean()
  requireVerifiedEmail: boolean;

  @RequiredText(100, { example: '鎌倉市職員アカウント', description: 'The button reads 「…でログイン」' })
  labelJa: string;

  @RequiredText(100, { example: 'Kamakura staff account', description: 'The button reads “Sign in with …”' })
  labelEn: string;

  @ApiProperty({ type: 'boolean', description: 'Off: the button is hidden and sign-ins are refused' })
  @IsBoolean()
  enabled: boolean;
}

export class SsoLinkDto {
  @ApiProperty({ maxLength: 255, description: 'The provider’s `sub` claim for the person (e.g. Entra ID’s object id)' })
  @IsString()
  @MaxLength(255)
  @Matches(TOKEN, { message: 'subject must be one word without spaces' })
  subject: string;
}
