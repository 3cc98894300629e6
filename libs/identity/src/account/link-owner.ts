import type { Actor } from '@kyodo/platform';
import type { UserEntity } from '../users/user.entity';
import type { UserRepository } from '../users/user.repository';

/** What an e-mailed link's row (password reset, e-mail change) has in common. */
interface EmailedLink {
  userId: string;
  usedAt: Date | null;
  expiresAt: Date;
}

/** The active account a link belongs to, while the link is unused and unexpired at `now`; otherwise null. */
export async function openLinkOwner(
  users: UserRepository,
  link: EmailedLink | null,
  now: Date,
): Promise<UserEntity | null> {
  if (!link || link.usedAt || link.expiresAt <= now) return null;
  const user = await users.findById(link.userId);
  return user?.active ? user : null;
}

/** Whoever opens the link holds the account's mailbox: they act on their own account, with no role of theirs. */
export function linkOwnerActor(user: UserEntity, locale: 'ja' | 'en', requestId: string): Actor {
  return {
    userId: user.id,
    municipalityId: user.municipalityId,
    platformAdmin: user.platformAdmin,
    roles: [],
    memberships: [],
    locale,
    requestId,
  };
}
