import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ROLES, type Role } from '@kyodo/platform';
import { OptionalText, RequiredText } from '../http/text-fields';
import { Optional } from '../http/optional';

export class CreateMunicipalityDto {
  @ApiProperty({ example: '142042', description: 'Local government code or another unique short code' })
  @Matches(/^[a-z0-9-]{2,32}$/, { message: 'code must be 2–32 characters of a–z, 0–9 and -' })
  code: string;

  @RequiredText(200, { example: '鎌倉市' })
  nameJa: string;

  @RequiredText(200, { example: 'Kamakura City' })
  nameEn: string;

  @ApiPropertyOptional({ description: 'Publish committee members’ names with assessments' })
  @Optional()
  @IsBoolean()
  namesCommittee?: boolean;
}

export class CreateOrganizationDto {
  @ApiPropertyOptional({ description: 'Platform operators only: the municipality to create it in' })
  @Optional()
  @IsUUID()
  municipalityId?: string;

  @ApiProperty({ enum: ['group', 'department', 'intermediary'] })
  @IsIn(['group', 'department', 'intermediary'])
  kind: 'group' | 'department' | 'intermediary';

  @RequiredText(200, { example: 'NPO法人 かまくら子ども食堂ネット' })
  nameJa: string;

  @OptionalText(200, {
    example: 'Kamakura Children’s Cafeteria Network',
    description: 'Optional: empty or absent shows the Japanese name',
  })
  nameEn?: string;
}

export class CreateUserDto {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  municipalityId?: string;

  @ApiProperty({ maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @RequiredText(100, { example: '山田 花子' })
  displayName: string;

  /** Checked by the identity library's policy (length, not the e-mail, not a common password), in ja and en. */
  @ApiProperty({
    minLength: 12,
    maxLength: 256,
    description: 'The initial password: at least 12 characters, not the e-mail address, not a common password',
  })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiProperty({ enum: ['ja', 'en'] })
  @IsIn(['ja', 'en'])
  locale: 'ja' | 'en';

  @ApiPropertyOptional({
    description: 'The password is an initial one handed out: the user must change it at first sign-in (absent: false)',
  })
  @Optional()
  @IsBoolean()
  mustChangePassword?: boolean;
}

/** The administrator's own section (市民活動推進課 …), created as a department. */
export class AdministratorDepartmentDto {
  @RequiredText(200, { example: '市民活動推進課' })
  nameJa: string;

  @OptionalText(200, {
    example: 'Civic Activities Promotion Division',
    description: 'Optional: empty or absent shows the Japanese name',
  })
  nameEn?: string;
}

/** The administrator's account: a user as POST /users takes it, in the municipality of the path. */
export class AdministratorUserDto extends OmitType(CreateUserDto, ['municipalityId'] as const) {}

export class RegisterAdministratorDto {
  @ApiProperty({ type: AdministratorDepartmentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AdministratorDepartmentDto)
  department: AdministratorDepartmentDto;

  @ApiProperty({ type: AdministratorUserDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AdministratorUserDto)
  user: AdministratorUserDto;
}

export class AddMemberDto {
  @ApiProperty()
  @IsUUID()
  userId: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}

export class CreateCommitteeDto {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  municipalityId?: string;

  @RequiredText(200, { example: '協働事業評価委員会' })
  nameJa: string;

  @RequiredText(200, { example: 'Collaborative Project Evaluation Committee' })
  nameEn: string;
}

export class AddCommitteeMemberDto {
  @ApiProperty()
  @IsUUID()
  userId: string;

  @ApiProperty({ enum: ['member', 'chair'] })
  @IsIn(['member', 'chair'])
  position: 'member' | 'chair';

  @OptionalText(200, { example: '学識経験者' })
  affiliation?: string;
}

export class MunicipalityQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  municipalityId?: string;
}

export class UsersQueryDto {
  @ApiPropertyOptional({ enum: ROLES, description: 'Only the users who hold this role' })
  @Optional()
  @IsIn(ROLES)
  role?: Role;
}

export class ActivityFieldDto {
  @ApiProperty({ example: 'child_development' })
  @Matches(/^[a-z][a-z0-9_]{0,49}$/)
  key: string;

  @RequiredText(200, { example: '子どもの健全育成を図る活動' })
  labelJa: string;

  @RequiredText(200, { example: 'Sound development of children' })
  labelEn: string;
}

export class ActivityFieldsDto {
  @ApiProperty({ type: [ActivityFieldDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  // @IsObject each: @ValidateNested alone accepts a list of lists of valid items (it walks into nested lists).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ActivityFieldDto)
  fields: ActivityFieldDto[];
}

/** A role to take away: in the organisation given, or (admin, secretariat) in none. */
export class RemoveRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true })
  @Optional()
  @IsUUID()
  organizationId?: string | null;
}
