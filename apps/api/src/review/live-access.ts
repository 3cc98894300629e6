import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@kyodo/config';
import { DomainError } from '@kyodo/platform';
import { SessionsService } from '@kyodo/review';
import { Authenticator } from '../auth/authenticator';

/**
 * A live stream outlives the check made when it opened: its token runs out, its sign-in may be revoked, the user
 * deactivated or their role taken away. This asks again, with the same token, what the door asked.
 */
@Injectable()
export class LiveAccess {
  constructor(
    @Inject(Authenticator) private readonly authenticator: Authenticator,
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  get intervalMs(): number {
    return this.config.LIVE_RECHECK_SECONDS * 1000;
  }

  /** False when the caller would now be refused; true also when the check could not be made (the database away). */
  async stillAllowed(token: string | null, requestId: string, sessionId: string): Promise<boolean> {
    try {
      const { actor } = await this.authenticator.authenticate(token, requestId);
      await this.sessions.get(actor, sessionId);
      return true;
    } catch (error) {
      const refused =
        error instanceof DomainError && ['unauthenticated', 'forbidden', 'not_found'].includes(error.kind);
      return !refused;
    }
  }
}
