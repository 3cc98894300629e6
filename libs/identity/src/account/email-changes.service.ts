import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, Clock, ValidationFailedError } from '@kyodo/platform';
import { Outbox } from '@kyodo/queues';
import { AttemptLimiter } from '../auth/attempt-limiter';
import { DirectoryWriter } from '../directory-writer';
import { IdentityError, IdentityErrorCode } from '../identity-errors';
import { PasswordHasher } from '../password-hasher';
import { UserRepository } from '../users/user.repository';
import { EmailChangeRepository } from './email-change.repository';
import { linkOwnerActor, openLinkOwner } from './link-owner';
import { LinkTokens } from './link-tokens';
import { RESET_LINK_MINUTES } from './password-resets.service';

/** What the worker needs to write the confirmation e-mail (to the new address). */
export interface EmailChangeMail {
  municipalityId: string | null;
  userId: string;
  email: string;
  displayName: string;
  locale: 'ja' | 'en';
  token: string;
}

/** What the worker needs to tell the old address that the account's address changed. */
export interface PreviousAddressNotice {
  municipalityId: string | null;
  userId: string;
  /** The old address: the notice goes there. */
  email: string;
  displayName: string;
  locale: 'ja' | 'en';
  newEmail: string;
}

/** Confirmation e-mails one account can be sent per hour. */
const CHANGES_PER_HOUR = 3;

const TEXTS = {
  wrongPassword: { ja: '現在のパスワードが正しくありません。', en: 'The current password is wrong.' },
  same: {
    ja: '今のメールアドレスと同じです。新しいメールアドレスを入力してください。',
    en: 'This is your current address. Enter the new one.',
  },
};

/**
 * A person changes their own e-mail address, which is also their sign-in name: the current password is asked again
 * (counted like a sign-in), and the address changes only when the link sent to the new address is opened (single use,
 * 60 minutes, at most 3 an hour). Requesting and confirming are audited.
 */
@Injectable()
export class EmailChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserRepository,
    private readonly changes: EmailChangeRepository,
    private readonly attempts: AttemptLimiter,
    private readonly writer: DirectoryWriter,
    private readonly outbox: Outbox,
    private readonly links: LinkTokens,
    private readonly clock: Clock,
  ) {}

  async request(actor: Actor, newEmail: string, currentPassword: string): Promise<void> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new IdentityError(IdentityErrorCode.Unauthenticated);
    const email = newEmail.trim().toLowerCase();
    if (email === user.email)
      throw new ValidationFailedError([{ field: 'newEmail', messages: [TEXTS.same[actor.locale]] }]);
    await this.attempts.reserve(user.email);
    if (!(await PasswordHasher.verify(user.passwordHash, currentPassword))) {
      throw new ValidationFailedError([{ field: 'currentPassword', messages: [TEXTS.wrongPassword[actor.locale]] }]);
    }
    await this.attempts.succeeded(user.email);
    const now = this.clock.now();
    await this.writer.write(
      actor,
      user.municipalityId,
      'user.email_change_requested',
      { userId: user.id },
      null,
      async (m) => {
        await this.users.lockForUpdate(m, user.id);
        // Past the cap the answer is the same and nothing is sent: a mailbox is not to be flooded from here.
        if ((await this.changes.countSince(m, user.id, new Date(now.getTime() - 3_600_000))) >= CHANGES_PER_HOUR)
          return;
        const id = randomUUID();
        await this.changes.insert(m, {
          id,
          userId: user.id,
          newEmail: email,
          tokenHash: this.links.hashOf(this.links.tokenFor('email-change', id)),
          expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
          usedAt: null,
        });
        await this.outbox.enqueue(m, {
          name: 'account.email-change',
          municipalityId: user.municipalityId,
          payload: { changeId: id },
          effectKey: `email-change:${id}`,
        });
      },
    );
  }

  /** Opens the link: the account's address becomes the new one. A taken address: 409 `email_taken`. */
  async confirm(token: string, locale: 'ja' | 'en', requestId: string): Promise<{ email: string }> {
    const now = this.clock.now();
    const hash = this.links.hashOf(token);
    const change = await this.db.transaction((manager) => this.changes.lockByHash(manager, hash));
    const user = await openLinkOwner(this.users, change, now);
    if (!change || !user) throw new IdentityError(IdentityErrorCode.InvalidEmailChangeLink);
    const actor = linkOwnerActor(user, locale, requestId);
    const after = { userId: user.id };
    // A taken address fails on the unique key: 409 `email_taken`.
    await this.writer.write(
      actor,
      user.municipalityId,
      'user.email_changed',
      after,
      IdentityErrorCode.EmailTaken,
      async (m) => {
        const locked = await this.changes.lockByHash(m, hash);
        if (!locked || locked.usedAt) throw new IdentityError(IdentityErrorCode.InvalidEmailChangeLink);
        await this.changes.useAllOf(m, user.id, now);
        await this.users.setEmail(m, user.id, change.newEmail);
        await this.changes.setPrevious(m, change.id, user.email);
        // The old address hears of it: if someone else made the change, the owner learns it where they still read.
        await this.outbox.enqueue(m, {
          name: 'account.email-changed',
          municipalityId: user.municipalityId,
          payload: { changeId: change.id },
          effectKey: `email-changed:${change.id}`,
        });
      },
    );
    return { email: change.newEmail };
  }

  /** The notice to the address a confirmed change replaced, or null (nothing confirmed under this id). */
  async previousAddressNoticeFor(changeId: string): Promise<PreviousAddressNotice | null> {
    const change = await this.changes.findById(changeId);
    if (!change?.usedAt || !change.previousEmail) return null;
    const user = await this.users.findById(change.userId);
    if (!user) return null;
    return {
      municipalityId: user.municipalityId,
      userId: user.id,
      email: change.previousEmail,
      displayName: user.displayName,
      locale: user.locale,
      newEmail: change.newEmail,
    };
  }

  /** The confirmation e-mail of a change still open, or null. */
  async mailFor(changeId: string): Promise<EmailChangeMail | null> {
    const change = await this.changes.findById(changeId);
    const user = await openLinkOwner(this.users, change, this.clock.now());
    if (!change || !user) return null;
    return {
      municipalityId: user.municipalityId,
      userId: user.id,
      email: change.newEmail,
      displayName: user.displayName,
      locale: user.locale,
      token: this.links.tokenFor('email-change', change.id),
    };
  }
}
