import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@kyodo/audit';
import { QueuesModule } from '@kyodo/queues';
import { AccountService } from './account/account.service';
import { EmailChangeRepository } from './account/email-change.repository';
import { EmailChangesService } from './account/email-changes.service';
import { LinkTokens } from './account/link-tokens';
import { PasswordResetRepository } from './account/password-reset.repository';
import { PasswordResetsService } from './account/password-resets.service';
import { AttemptLimiter } from './auth/attempt-limiter';
import { AccessTokens } from './access-token';
import { ActorLoader } from './actor-loader';
import { ActorGrantsCache } from './actor-grants-cache';
import { AuthService } from './auth.service';
import { LoginFailureRepository } from './auth/login-failure.repository';
import { RefreshTokenRepository } from './auth/refresh-token.repository';
import { CommitteeRepository } from './committees/committee.repository';
import { CommitteeSeatRepository } from './committees/committee-seat.repository';
import { CommitteesService } from './committees/committees.service';
import { DirectoryScope } from './directory-scope';
import { DirectoryWriter } from './directory-writer';
import { IDENTITY_ENTITIES } from './identity-entities';
import { FirstAdmin } from './first-admin';
import { ActivityFieldRepository } from './municipalities/activity-field.repository';
import { MunicipalitiesService } from './municipalities/municipalities.service';
import { MunicipalityRepository } from './municipalities/municipality.repository';
import { MunicipalityProfileRepository } from './municipalities/municipality-profile.repository';
import { MunicipalityProfileService } from './municipalities/municipality-profile.service';
import { AdministratorRegistration } from './municipalities/administrator-registration';
import { OrganizationContactRepository } from './organizations/organization-contact.repository';
import { OrganizationContactsService } from './organizations/organization-contacts.service';
import { OrganizationRepository } from './organizations/organization.repository';
import { OrganizationsService } from './organizations/organizations.service';
import { GroupRegistrationIntakeService } from './registrations/group-registration-intake.service';
import { GroupRegistrationMails } from './registrations/group-registration-mails';
import { GroupRegistrationRepository } from './registrations/group-registration.repository';
import { GroupRegistrationReviewService } from './registrations/group-registration-review.service';
import { MfaSecrets } from './mfa/mfa-secrets';
import { MfaService } from './mfa/mfa.service';
import { RecoveryCodeRepository } from './mfa/recovery-code.repository';
import { TotpFactorRepository } from './mfa/totp-factor.repository';
import { OidcClient } from './oidc/oidc-client';
import { OidcIdentityRepository } from './oidc/oidc-identity.repository';
import { OidcProviderRepository } from './oidc/oidc-provider.repository';
import { OidcSecrets } from './oidc/oidc-secrets';
import { OidcSettingsService } from './oidc/oidc-settings.service';
import { OidcSignInRepository } from './oidc/oidc-sign-in.repository';
import { OidcSignInService } from './oidc/oidc-sign-in.service';
import { MembershipRepository } from './users/membership.repository';
import { ActiveMembershipRepository } from './users/active-membership.repository';
import { RoleHoldersRepository } from './users/role-holders.repository';
import { UserRepository } from './users/user.repository';
import { UsersService } from './users/users.service';

const REPOSITORIES = [
  ActiveMembershipRepository,
  ActivityFieldRepository,
  CommitteeRepository,
  CommitteeSeatRepository,
  EmailChangeRepository,
  GroupRegistrationRepository,
  LoginFailureRepository,
  MembershipRepository,
  MunicipalityRepository,
  MunicipalityProfileRepository,
  OidcIdentityRepository,
  OidcProviderRepository,
  OidcSignInRepository,
  OrganizationContactRepository,
  OrganizationRepository,
  PasswordResetRepository,
  RecoveryCodeRepository,
  RefreshTokenRepository,
  RoleHoldersRepository,
  TotpFactorRepository,
  UserRepository,
];

const SERVICES = [
  AccessTokens,
  AccountService,
  AttemptLimiter,
  ActorGrantsCache,
  ActorLoader,
  AuthService,
  CommitteesService,
  EmailChangesService,
  FirstAdmin,
  GroupRegistrationIntakeService,
  GroupRegistrationMails,
  GroupRegistrationReviewService,
  LinkTokens,
  MfaService,
  MunicipalitiesService,
  MunicipalityProfileService,
  OidcSettingsService,
  OidcSignInService,
  OrganizationContactsService,
  OrganizationsService,
  PasswordResetsService,
  UsersService,
];

@Module({
  imports: [TypeOrmModule.forFeature([...IDENTITY_ENTITIES]), AuditModule, QueuesModule],
  providers: [
    ...REPOSITORIES,
    ...SERVICES,
    AdministratorRegistration,
    MfaSecrets,
    OidcClient,
    OidcSecrets,
    DirectoryScope,
    DirectoryWriter,
  ],
  exports: [...REPOSITORIES, ...SERVICES],
})
export class IdentityModule {}
