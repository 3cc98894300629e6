import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../http/optional';

export class LoginDto {
  @ApiProperty({ example: 'secretariat@demo.kyodo.jp' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({
    description:
      'The second factor, for an account with an authenticator: the 6-digit code the app shows now, or an unused ' +
      'recovery code (e.g. k7m2p-x9q4t). Without it such an account gets 401 `mfa_code_required`.',
    example: '123456',
  })
  @Optional()
  @IsString()
  @Matches(/^[0-9A-Za-z\s-]{6,20}$/, { message: 'secondFactor must be a 6-digit code or a recovery code' })
  secondFactor?: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken: string;
}
