import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'kyodo:public';
/** The document's mark of a public operation; buildOpenApiDocument turns it into `security: []`. */
export const PUBLIC_OPERATION = 'x-kyodo-public';
/** Marks a route that needs no login. Everything else is denied without a valid token. */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_OPERATION, true));

export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'kyodo:allowed-before-password-change';
/**
 * Marks a route that an account not yet set up may call (who am I, change the password, enrol an authenticator, sign
 * out): every other route answers 403 `password_change_required` while the account is on its initial password, and
 * 403 `mfa_enrollment_required` while a second factor is required and none is enrolled.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
