import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/** One line of text: no control characters (a NUL is a 500 from PostgreSQL's text; a line break breaks the 協定書). */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
/** A phone number as a Japanese office writes it: digits, hyphens, brackets, a leading +. */
const PHONE = /^[0-9+()\- ]{0,30}$/;
/** 郵便番号: 123-4567 (or the seven digits alone); empty when not given. */
const POSTAL_CODE = /^(\d{3}-?\d{4})?$/;

const line = (example: string, description: string) =>
  ApiProperty({ example, description, maxLength: 200, pattern: ONE_LINE.source });

/** 団体情報: an organisation's contact details, each member required (empty when not given). */
export class OrganizationContactDto {
  @ApiProperty({ example: '248-0012', pattern: POSTAL_CODE.source, description: '郵便番号 (empty: not given)' })
  @IsString()
  @Matches(POSTAL_CODE, { message: 'postalCode must be like 123-4567' })
  postalCode: string;

  @line('神奈川県鎌倉市御成町1-2', '所在地')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'address must be one line' })
  address: string;

  @ApiProperty({ example: '0467-00-0000', pattern: PHONE.source, description: '電話番号' })
  @IsString()
  @Matches(PHONE, { message: 'phone must be digits, hyphens, brackets or +, at most 30' })
  phone: string;

  @ApiProperty({ example: 'info@midori.example.jp', maxLength: 200, description: 'メールアドレス' })
  @IsString()
  @MaxLength(200)
  @ValidateIf((_o: object, value: unknown) => value !== '')
  @IsEmail()
  email: string;

  @line('鎌倉 花子', '代表者の氏名')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'representativeName must be one line' })
  representativeName: string;

  @line('理事長', '代表者の役職')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'representativeTitle must be one line' })
  representativeTitle: string;

  @line('事務局 山田 太郎', '担当者（連絡窓口）')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'contactPerson must be one line' })
  contactPerson: string;
}
