import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LOCALES, ROLES } from '@kyodo/platform';
import type { Timestamp } from '../openapi/answers';

/** What the directory operations (municipalities, organisations, users, committees, activity fields) answer. */

@ApiSchema({ name: 'Municipality' })
export class MunicipalityResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', description: '全国地方公共団体コード or another unique short code' })
  code: string;

  @ApiProperty({ type: 'string' })
  nameJa: string;

  @ApiProperty({ type: 'string' })
  nameEn: string;

  @ApiProperty({ type: 'boolean', description: 'Whether published assessments name the committee members' })
  namesCommittee: boolean;

  @ApiProperty({
    type: 'boolean',
    description: 'Staff (secretariat, admin, reviewers, committee) must sign in with a second factor (TOTP)',
  })
  mfaRequiredForStaff: boolean;

  @ApiProperty({
    type: 'boolean',
    description: 'Its figures join the public cross-municipality comparison (its administrator’s choice)',
  })
  comparisonOptIn: boolean;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: '全国地方公共団体コード, once its administrator stated it',
  })
  localGovernmentCode: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}

@ApiSchema({ name: 'Organization' })
export class OrganizationResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({
    type: 'string',
    enum: ['group', 'department', 'intermediary'],
    description:
      'group: a citizen group (市民活動団体); department: a municipal department (担当課); intermediary: 中間支援組織',
  })
  kind: string;

  @ApiProperty({ type: 'string' })
  nameJa: string;

  @ApiProperty({ type: 'string' })
  nameEn: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}

@ApiSchema({
  name: 'OrganizationMembership',
  description: 'A role a user holds in a municipality, here on behalf of an organisation',
})
export class OrganizationMembershipResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  userId: string;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'null for roles not held through an organisation',
  })
  organizationId: string | null;

  @ApiProperty({ type: 'string', enum: [...ROLES] })
  role: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}

@ApiSchema({ name: 'User' })
export class UserResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null only for platform operators' })
  municipalityId: string | null;

  @ApiProperty({ type: 'string', format: 'email', description: 'Lower-cased; unique across the deployment' })
  email: string;

  @ApiProperty({ type: 'string' })
  displayName: string;

  @ApiProperty({ type: 'string', enum: [...LOCALES] })
  locale: string;

  @ApiProperty({ type: 'boolean', description: 'The platform operator (creates municipalities)' })
  platformAdmin: boolean;

  @ApiProperty({ type: 'boolean', description: 'False once deactivated: sign-in refused, sessions ended' })
  active: boolean;

  @ApiProperty({
    type: 'boolean',
    description: 'Still on the initial password an administrator handed out; it must be changed at first sign-in',
  })
  mustChangePassword: boolean;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}

@ApiSchema({
  name: 'MunicipalityAdministrator',
  description: 'An administrator the platform operator registered for a municipality',
})
export class MunicipalityAdministratorResponse {
  @ApiProperty({ type: () => UserResponse })
  user: UserResponse;

  @ApiProperty({ type: () => OrganizationResponse })
  organization: OrganizationResponse;

  @ApiProperty({ type: () => OrganizationMembershipResponse })
  membership: OrganizationMembershipResponse;
}

@ApiSchema({ name: 'UserWithRolesMembership' })
export class UserWithRolesMembershipResponse {
  @ApiProperty({ type: 'string', enum: [...ROLES] })
  role: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null for committee roles' })
  organizationId: string | null;
}

@ApiSchema({ name: 'UserWithRoles' })
export class UserWithRolesResponse extends UserResponse {
  @ApiProperty({ type: 'boolean', description: 'Signs in with an authenticator app (two-step sign-in)' })
  mfaEnrolled: boolean;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: [...ROLES] },
    description: 'Distinct roles the user holds in the municipality',
  })
  roles: string[];

  @ApiProperty({
    type: () => UserWithRolesMembershipResponse,
    isArray: true,
    description: 'Each role with the organisation it is held in',
  })
  memberships: UserWithRolesMembershipResponse[];
}

@ApiSchema({ name: 'Committee', description: 'An evaluation committee (評価委員会)' })
export class CommitteeResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ type: 'string' })
  nameJa: string;

  @ApiProperty({ type: 'string' })
  nameEn: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}

@ApiSchema({ name: 'CommitteeMember' })
export class CommitteeMemberResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  committeeId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({
    type: 'string',
    enum: ['member', 'chair'],
    description: 'chair: 委員長 (holds the committee_chair role); member: 委員 (committee_member)',
  })
  position: string;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: '学識経験者, 市民委員, 第三者委員 … shown when the committee is named',
  })
  affiliation: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}

@ApiSchema({ name: 'CommitteeWithMembersMember' })
export class CommitteeWithMembersMemberResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'string' })
  displayName: string;

  @ApiProperty({
    type: 'string',
    enum: ['member', 'chair'],
    description: 'chair: 委員長 (holds the committee_chair role); member: 委員 (committee_member)',
  })
  position: string;

  @ApiProperty({ type: 'string', nullable: true })
  affiliation: string | null;
}

@ApiSchema({ name: 'CommitteeWithMembers' })
export class CommitteeWithMembersResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string' })
  nameJa: string;

  @ApiProperty({ type: 'string' })
  nameEn: string;

  @ApiProperty({
    type: () => CommitteeWithMembersMemberResponse,
    isArray: true,
    description: 'The chair first, then by name',
  })
  members: CommitteeWithMembersMemberResponse[];
}

@ApiSchema({ name: 'ActivityField', description: 'An activity field (活動分野) of the municipality' })
export class ActivityFieldResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ type: 'string', pattern: '^[a-z][a-z0-9_]{0,49}$', description: 'Stable key proposals refer to' })
  key: string;

  @ApiProperty({ type: 'string' })
  labelJa: string;

  @ApiProperty({ type: 'string' })
  labelEn: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Order in the list, from 0' })
  position: number;
}

@ApiSchema({ name: 'EndedSessions', description: 'How many sign-ins were ended' })
export class EndedSessionsResponse {
  @ApiProperty({ type: 'integer', minimum: 0 })
  ended: number;
}
