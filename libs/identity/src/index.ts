export { IdentityModule } from './identity.module';
export { AccessTokens, type AccessClaims } from './access-token';
export { ActorLoader } from './actor-loader';
export { AuthService, type TokenPair, type AuthPolicy } from './auth.service';
export {
  DirectoryService,
  type NewMunicipality,
  type NewOrganization,
  type NewUser,
  type NewCommittee,
} from './directory.service';
export type { NewAdministrator, RegisteredAdministrator } from './municipality-administrator';
export type { DirectoryCommittee, DirectoryUser } from './directory-reads';
export { ensureFirstAdmin } from './first-admin';
export { IdentityError, IdentityErrorCode } from './identity-errors';
export { PasswordHasher } from './password-hasher';
export { MIN_PASSWORD_LENGTH, passwordPolicyViolations } from './password-policy';
export { resolveJwtSecret } from './jwt-secret';
export { NPO_ACT_ACTIVITY_FIELDS } from './activity-fields';
