export { IdentityModule } from './identity.module';
export { IDENTITY_ENTITIES } from './identity-entities';
export { AccessTokens, type AccessClaims } from './access-token';
export { ActorLoader } from './actor-loader';
export { ActorGrantsCache } from './actor-grants-cache';
export { AuthService, type TokenPair, type AuthPolicy } from './auth.service';
export { AccountService, type SignIn } from './account/account.service';
export { PasswordResetsService, type PasswordResetMail, RESET_LINK_MINUTES } from './account/password-resets.service';
export { PasswordResetEntity } from './account/password-reset.entity';
export { EmailChangesService, type EmailChangeMail, type PreviousAddressNotice } from './account/email-changes.service';
export { EmailChangeEntity } from './account/email-change.entity';
export { GroupRegistrationIntakeService } from './registrations/group-registration-intake.service';
export {
  GroupRegistrationReviewService,
  type ReviewedGroupRegistration,
} from './registrations/group-registration-review.service';
export { GroupRegistrationMails, type GroupRegistrationMail } from './registrations/group-registration-mails';
export { GroupRegistrationEntity, type GroupRegistrationStatus } from './registrations/group-registration.entity';
export {
  type NewGroupRegistration,
  REGISTRATION_LINK_HOURS,
  RULES_MAX_BYTES,
} from './registrations/new-group-registration';
export { AttemptLimiter } from './auth/attempt-limiter';
export { MfaService, type MfaStatus, type TotpEnrolment } from './mfa/mfa.service';
export {
  OidcSettingsService,
  oidcRedirectUri,
  type OidcProviderInput,
  type OidcProviderSettings,
} from './oidc/oidc-settings.service';
export { OidcSignInService } from './oidc/oidc-sign-in.service';
export { type SignInOption } from './oidc/oidc-provider.repository';
export { totpCodeAt } from './mfa/totp';
export { TotpFactorEntity } from './mfa/totp-factor.entity';
export { RecoveryCodeEntity } from './mfa/recovery-code.entity';
export { MunicipalitiesService, type NewMunicipality } from './municipalities/municipalities.service';
export { OrganizationsService, type NewOrganization } from './organizations/organizations.service';
export { UsersService, type NewUser } from './users/users.service';
export { CommitteesService, type NewCommittee } from './committees/committees.service';
export {
  AdministratorRegistration,
  type NewAdministrator,
  type RegisteredAdministrator,
} from './municipalities/administrator-registration';
export { DirectoryScope } from './directory-scope';
export { DirectoryWriter } from './directory-writer';
export { type DirectoryUser, type UserGrants, UserRepository } from './users/user.repository';
export { type DirectoryCommittee, CommitteeRepository } from './committees/committee.repository';
export { MembershipRepository } from './users/membership.repository';
export { ActiveMembershipRepository, type ActiveMembership } from './users/active-membership.repository';
export {
  CommitteeSeatRepository,
  type CommitteeSeat,
  type SeatedMemberOrganizations,
} from './committees/committee-seat.repository';
export { RoleHoldersRepository } from './users/role-holders.repository';
export { MunicipalityRepository } from './municipalities/municipality.repository';
export { ActivityFieldRepository } from './municipalities/activity-field.repository';
export { OrganizationRepository } from './organizations/organization.repository';
export { OrganizationContactRepository } from './organizations/organization-contact.repository';
export { OrganizationContactEntity } from './organizations/organization-contact.entity';
export { EMPTY_CONTACT, type OrganizationContact } from './organizations/organization-contact';
export { OrganizationContactsService, type OrganizationProfile } from './organizations/organization-contacts.service';
export { RefreshTokenRepository, type StoredRefreshToken, type OpenSignIn } from './auth/refresh-token.repository';
export { LoginFailureRepository } from './auth/login-failure.repository';
export { ActivityFieldEntity } from './municipalities/activity-field.entity';
export { MunicipalityEntity } from './municipalities/municipality.entity';
export { OrganizationEntity, type OrganizationKind } from './organizations/organization.entity';
export { UserEntity } from './users/user.entity';
export { MembershipEntity } from './users/membership.entity';
export { CommitteeEntity } from './committees/committee.entity';
export { CommitteeMemberEntity } from './committees/committee-member.entity';
export { RefreshTokenEntity } from './auth/refresh-token.entity';
export { LoginFailureEntity } from './auth/login-failure.entity';
export { FirstAdmin } from './first-admin';
export { IdentityError, IdentityErrorCode } from './identity-errors';
export { PasswordHasher } from './password-hasher';
export { MIN_PASSWORD_LENGTH, passwordPolicyViolations } from './password-policy';
export { resolveJwtSecret } from './jwt-secret';
export { NPO_ACT_ACTIVITY_FIELDS } from './activity-fields';
export {
  MAX_EMBLEM_BYTES,
  MunicipalityProfileService,
  type EmblemMeta,
  type MunicipalityContact,
  type MunicipalitySettings,
  type PublicMunicipalityProfile,
} from './municipalities/municipality-profile.service';
