import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class TotpCodeDto {
  @ApiProperty({ description: 'The 6 digits the authenticator app shows now', example: '123456' })
  @IsString()
  @Matches(/^\s*\d{6}\s*$/, { message: 'code must be the 6 digits the authenticator app shows' })
  code: string;
}

export class DisableMfaDto {
  @ApiProperty({ maxLength: 256, description: 'The account’s password, asked again' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class MfaPolicyDto {
  @ApiProperty({
    type: 'boolean',
    description: 'Require a second factor of staff (secretariat, admin, reviewers, committee)',
  })
  @IsBoolean()
  mfaRequiredForStaff: boolean;
}
