import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LOCALES, ROLES } from '@kyodo/platform';
import type { Timestamp } from '../openapi/answers';

/** What sign-in and "who am I" answer. */

@ApiSchema({ name: 'TokenPair' })
export class TokenPairResponse {
  @ApiProperty({ type: 'string', description: 'Send as `Authorization: Bearer …`' })
  accessToken: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  accessTokenExpiresAt: Timestamp;

  @ApiProperty({ type: 'string', description: 'Opaque; good for one refresh (a reused one revokes its family)' })
  refreshToken: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  refreshTokenExpiresAt: Timestamp;

  @ApiProperty({ type: 'string', enum: ['Bearer'] })
  tokenType: string;
}

@ApiSchema({ name: 'MeMembership' })
export class MeMembershipResponse {
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  organizationId: string | null;

  @ApiProperty({ type: 'string', enum: [...ROLES] })
  role: string;
}

@ApiSchema({ name: 'Me' })
export class MeResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null for the platform operator' })
  municipalityId: string | null;

  @ApiProperty({ type: 'boolean' })
  platformAdmin: boolean;

  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...ROLES] } })
  roles: string[];

  @ApiProperty({ type: () => MeMembershipResponse, isArray: true })
  memberships: MeMembershipResponse[];

  @ApiProperty({ type: 'string', enum: [...LOCALES] })
  locale: string;

  @ApiProperty({
    type: 'boolean',
    required: false,
    description: 'Present (true) while the account is on an administrator’s initial password: only changing it works',
  })
  passwordChangeRequired?: boolean;

  @ApiProperty({
    type: 'boolean',
    required: false,
    description:
      'Present (true) while a second factor is required of the account and none is enrolled: only enrolling works',
  })
  mfaEnrollmentRequired?: boolean;
}

@ApiSchema({ name: 'Account', description: 'The caller’s own account' })
export class AccountResponse {
  @ApiProperty({ type: 'string', format: 'email' })
  email: string;

  @ApiProperty({ type: 'string' })
  displayName: string;

  @ApiProperty({ type: 'string', enum: [...LOCALES] })
  locale: string;

  @ApiProperty({ type: 'boolean', description: 'Still on the initial password: change it to use anything else' })
  mustChangePassword: boolean;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  passwordChangedAt: Timestamp | null;
}

@ApiSchema({ name: 'SignIn', description: 'One open sign-in (a device or browser) of the caller' })
export class SignInResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  familyId: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'The browser’s User-Agent at sign-in' })
  userAgent: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  startedAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time', description: 'The last refresh of this sign-in' })
  lastUsedAt: Timestamp;

  @ApiProperty({ type: 'boolean', description: 'The sign-in making this request' })
  current: boolean;
}

@ApiSchema({ name: 'EmailChanged', description: 'The account’s new e-mail address (its sign-in name from now on)' })
export class EmailChangedResponse {
  @ApiProperty({ type: 'string', format: 'email' })
  email: string;
}
