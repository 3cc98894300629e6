import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { OptionalText, RequiredText } from '../http/text-fields';
import { Optional } from '../http/optional';

const STATUSES = ['submitted', 'approved', 'returned', 'refused'] as const;

/** 団体登録 as the public form sends it; the 会則 follows apart (PUT …/rules). */
export class RegisterGroupDto {
  @RequiredText(200, { example: 'みどり子ども食堂の会' })
  nameJa: string;

  @RequiredText(200, { example: 'ミドリコドモショクドウノカイ', description: 'フリガナ' })
  nameKana: string;

  @OptionalText(200, { example: 'Midori Children’s Kitchen' })
  nameEn?: string;

  @ApiProperty({ example: '123-4567', pattern: '^\\d{3}-?\\d{4}$' })
  @IsString()
  @Matches(/^\d{3}-?\d{4}$/, { message: '$property must be a postal code such as 123-4567' })
  postalCode: string;

  @RequiredText(300, { example: '東京都みどり市中央1-2-3' })
  address: string;

  @OptionalText(40, { example: '03-1234-5678', description: 'The group’s own telephone, if it has one' })
  phone?: string;

  @RequiredText(100, { example: '山田 太郎' })
  representativeName: string;

  @RequiredText(100, { example: '会長' })
  representativeTitle: string;

  @RequiredText(100, { example: '佐藤 花子', description: 'The contact person (担当者); the account is in their name' })
  contactName: string;

  @RequiredText(40, { example: '090-1234-5678' })
  contactPhone: string;

  @ApiProperty({
    maxLength: 254,
    description: 'The contact person’s address: confirmed by an e-mailed link; the sign-in name once approved',
  })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ type: [String], description: 'Keys of the municipality’s activity fields (活動分野)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  activityFields: string[];

  @ApiProperty({ minLength: 12, maxLength: 256, description: 'The account’s password (the password policy applies)' })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiProperty({ enum: ['ja', 'en'], description: 'The language of the e-mails and of the account' })
  @IsIn(['ja', 'en'])
  locale: 'ja' | 'en';
}

export class RulesFileQueryDto {
  @ApiProperty({ example: '会則.pdf', minLength: 1, maxLength: 255 })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  filename: string;
}

export class GroupRegistrationConfirmDto {
  @ApiProperty({ description: 'The token of the e-mailed link' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}

export class GroupRegistrationListQueryDto {
  @ApiPropertyOptional({ enum: STATUSES, description: 'One status; all of them when left out' })
  @Optional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

export class DecisionReasonsDto {
  @RequiredText(2000, { example: '会則に代表者の選任方法の定めがありません。' })
  reasons: string;
}
