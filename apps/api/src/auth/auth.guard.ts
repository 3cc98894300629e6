import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Authenticator, bearerToken } from './authenticator';
import { IdentityError, IdentityErrorCode } from '@kyodo/identity';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, IS_PUBLIC } from './public.decorator';

/**
 * Global guard: every route is denied unless it is marked @Public() or the
 * caller presents a valid access token of a live session. The Actor it
 * builds is what every use case scopes its queries by. An account still on
 * an administrator's initial password, or without the second factor its
 * municipality requires, reaches only the routes marked
 * @AllowedBeforePasswordChange().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest();
    const { actor, sessionFamily } = await this.authenticator.authenticate(
      bearerToken(request.headers.authorization),
      String(request.id),
    );
    request.actor = actor;
    request.sessionFamily = sessionFamily;
    if (actor.passwordChangeRequired || actor.mfaEnrollmentRequired) {
      const allowed = this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (!allowed) {
        throw new IdentityError(
          actor.passwordChangeRequired
            ? IdentityErrorCode.PasswordChangeRequired
            : IdentityErrorCode.MfaEnrollmentRequired,
        );
      }
    }
    return true;
  }
}
