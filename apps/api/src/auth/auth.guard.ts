import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokens, ActorLoader, IdentityError, IdentityErrorCode } from '@kyodo/identity';
import { Clock } from '@kyodo/platform';
import { IS_PUBLIC } from './public.decorator';

/**
 * Global guard: every route is denied unless it is marked @Public() or the
 * caller presents a valid access token of a live session. The Actor it
 * builds is what every use case scopes its queries by.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
    @Inject(ActorLoader) private readonly actors: ActorLoader,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest();
    const header: unknown = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    const claims = await this.tokens.verify(token, this.clock.now());
    if (!claims) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    const actor = await this.actors.load(claims.sub, claims.sid, String(request.id));
    if (!actor) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    request.actor = actor;
    request.sessionFamily = claims.sid;
    return true;
  }
}
