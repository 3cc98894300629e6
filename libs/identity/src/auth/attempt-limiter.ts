import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { Clock } from '@kyodo/platform';
import { IdentityError } from '../identity-errors';
import { LoginFailureRepository } from './login-failure.repository';

/**
 * Counts guesses at an account's password — at sign-in and when the current password is asked for again — and
 * refuses once LOGIN_MAX_FAILURES fall in LOGIN_WINDOW_SECONDS.
 */
@Injectable()
export class AttemptLimiter {
  private readonly maxFailures: number;
  private readonly windowSeconds: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly failures: LoginFailureRepository,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.maxFailures = config.LOGIN_MAX_FAILURES;
    this.windowSeconds = config.LOGIN_WINDOW_SECONDS;
  }

  /**
   * Counts this attempt as a failure before the password is checked, or
   * refuses it when the window is full. Checking and recording in one step
   * under a per-account lock is what stops parallel guesses: were the count
   * read first and the failure written after the (slow) hash check, every
   * request of a burst would see the same low count. A success removes the
   * reservation with the rest (`succeeded`); for an unknown account the path is the same.
   */
  async reserve(key: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      // Held until commit: the next attempt on this account counts after this one is written.
      await this.failures.lockAccount(manager, key);
      const now = this.clock.now();
      const since = new Date(now.getTime() - this.windowSeconds * 1000);
      const { count, oldest } = await this.failures.countSince(manager, key, since);
      // A full window has at least one attempt in it, so `oldest` is set.
      if (count >= this.maxFailures && oldest) {
        const endsAt = oldest.getTime() + this.windowSeconds * 1000;
        const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
        throw IdentityError.tooManyAttempts(this.windowSeconds, retryAfterSeconds);
      }
      await this.failures.record(manager, key, now);
    });
  }

  /** The password was right: the account's count starts again. */
  succeeded(key: string): Promise<void> {
    return this.failures.clear(key);
  }
}
