import { EmailChangeEntity } from './account/email-change.entity';
import { PasswordResetEntity } from './account/password-reset.entity';
import { LoginFailureEntity } from './auth/login-failure.entity';
import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { CommitteeEntity } from './committees/committee.entity';
import { CommitteeMemberEntity } from './committees/committee-member.entity';
import { ActivityFieldEntity } from './municipalities/activity-field.entity';
import { MunicipalityEntity } from './municipalities/municipality.entity';
import { MunicipalityProfileEntity } from './municipalities/municipality-profile.entity';
import { OrganizationContactEntity } from './organizations/organization-contact.entity';
import { OrganizationEntity } from './organizations/organization.entity';
import { GroupRegistrationEntity } from './registrations/group-registration.entity';
import { RecoveryCodeEntity } from './mfa/recovery-code.entity';
import { TotpFactorEntity } from './mfa/totp-factor.entity';
import { OidcIdentityEntity } from './oidc/oidc-identity.entity';
import { OidcProviderEntity } from './oidc/oidc-provider.entity';
import { OidcSignInEntity } from './oidc/oidc-sign-in.entity';
import { MembershipEntity } from './users/membership.entity';
import { UserEntity } from './users/user.entity';

/** The entities of the identity tables: registered by IdentityModule, passed to a data source opened by hand. */
export const IDENTITY_ENTITIES = [
  ActivityFieldEntity,
  CommitteeEntity,
  CommitteeMemberEntity,
  EmailChangeEntity,
  GroupRegistrationEntity,
  LoginFailureEntity,
  MembershipEntity,
  MunicipalityEntity,
  MunicipalityProfileEntity,
  OidcIdentityEntity,
  OidcProviderEntity,
  OidcSignInEntity,
  OrganizationContactEntity,
  OrganizationEntity,
  PasswordResetEntity,
  RecoveryCodeEntity,
  RefreshTokenEntity,
  TotpFactorEntity,
  UserEntity,
] as const;
