import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { RequiredText } from '../http/text-fields';

export class ChangePasswordDto {
  @ApiProperty({ maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword: string;

  /** Checked by the identity library's policy (length, not the e-mail, not a common password), in ja and en. */
  @ApiProperty({ minLength: 12, maxLength: 256 })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}

export class UpdateAccountDto {
  @RequiredText(100, { example: '山田 花子' })
  displayName: string;

  @ApiProperty({ enum: ['ja', 'en'] })
  @IsIn(['ja', 'en'])
  locale: 'ja' | 'en';
}

export class PasswordResetRequestDto {
  @ApiProperty({ maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token of the e-mailed link' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 12, maxLength: 256 })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}

export class ChangeEmailDto {
  @ApiProperty({ maxLength: 254, description: 'The new address; it becomes the sign-in name once confirmed' })
  @IsEmail()
  @MaxLength(254)
  newEmail: string;

  @ApiProperty({ maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword: string;
}

export class EmailChangeConfirmDto {
  @ApiProperty({ description: 'The token of the link e-mailed to the new address' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}
