import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Optional } from '../http/optional';
import { IsBoolean, IsEmail, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/** One line of text: no control characters (a NUL is a 500 from PostgreSQL's text; a line break breaks a footer). */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
/** A phone number as a Japanese office writes it: digits, hyphens, brackets, a leading +. */
const PHONE = /^[0-9+()\- ]{0,30}$/;

const line = (example: string, description: string) =>
  ApiProperty({ example, description, maxLength: 200, pattern: ONE_LINE.source });

/** The secretariat's contact (お問い合わせ先) as the public portal shows it; any member may be empty. */
export class MunicipalityContactDto {
  @line('市民活動推進課 協働推進担当', '課名 (empty: not shown)')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'departmentJa must be one line' })
  departmentJa: string;

  @line('Civic Activities Promotion Division', 'Optional: empty shows the Japanese one')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'departmentEn must be one line' })
  departmentEn: string;

  @ApiProperty({ example: '0467-23-3000', pattern: PHONE.source, description: '電話 (empty: not shown)' })
  @IsString()
  @Matches(PHONE, { message: 'phone must be digits, hyphens, brackets or +, at most 30' })
  phone: string;

  @ApiProperty({ example: 'kyodo@city.example.lg.jp', maxLength: 200, description: 'メール (empty: not shown)' })
  @IsString()
  @MaxLength(200)
  @ValidateIf((_o: object, value: unknown) => value !== '')
  @IsEmail()
  email: string;

  @line('神奈川県鎌倉市御成町18-10', '住所 (empty: not shown)')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'addressJa must be one line' })
  addressJa: string;

  @line('18-10 Onarimachi, Kamakura, Kanagawa', 'Optional: empty shows the Japanese one')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'addressEn must be one line' })
  addressEn: string;

  @line('平日 8:30〜17:15', '受付時間 (empty: not shown)')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'hoursJa must be one line' })
  hoursJa: string;

  @line('Weekdays 8:30–17:15', 'Optional: empty shows the Japanese one')
  @IsString()
  @MaxLength(200)
  @Matches(ONE_LINE, { message: 'hoursEn must be one line' })
  hoursEn: string;
}

/** Whether the municipality joins the public cross-municipality comparison (自治体間比較). */
export class ComparisonSettingDto {
  @ApiProperty({ type: 'boolean', description: 'Join (true) or leave (false) the comparison' })
  @IsBoolean()
  comparisonOptIn: boolean;

  @ApiPropertyOptional({
    example: '142042',
    pattern: '^[0-9]{6}$',
    description: '全国地方公共団体コード: six digits, the last the check digit (needed to join; kept when left out)',
  })
  @Optional()
  @Matches(/^[0-9]{6}$/, { message: 'localGovernmentCode must be six digits (e.g. 142042)' })
  localGovernmentCode?: string;
}
