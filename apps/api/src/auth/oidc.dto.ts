import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class OidcExchangeDto {
  @ApiProperty({ description: 'The one-time code the callback put in the web app’s address (after #code=)' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'code must be the code the sign-in handed over' })
  code: string;
}
