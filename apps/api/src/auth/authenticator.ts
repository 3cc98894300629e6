import { Inject, Injectable } from '@nestjs/common';
import { AccessTokens, ActorLoader, IdentityError, IdentityErrorCode } from '@kyodo/identity';
import { type Actor, Clock } from '@kyodo/platform';

export interface Authenticated {
  actor: Actor;
  sessionFamily: string;
}

/** The bearer token of an `Authorization` header, or null. */
export function bearerToken(header: unknown): string | null {
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() || null : null;
}

/**
 * Turns an access token into the Actor of a live session, or refuses with
 * 401. Shared by the API guard and the queue dashboard so both apply the
 * same rules (signature, expiry, revoked sessions, disabled users).
 */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
    @Inject(ActorLoader) private readonly actors: ActorLoader,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async authenticate(token: string | null, requestId: string): Promise<Authenticated> {
    if (!token) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    const claims = await this.tokens.verify(token, this.clock.now());
    if (!claims) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    const actor = await this.actors.load(claims.sub, claims.sid, requestId);
    if (!actor) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    return { actor, sessionFamily: claims.sid };
  }
}
