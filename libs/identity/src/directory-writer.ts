import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, type Actor } from '@kyodo/platform';
import { isUniqueViolation } from '@kyodo/persistence';
import { AuditLog } from '@kyodo/audit';
import { IdentityError, type IdentityErrorCode } from './identity-errors';

/** One change to the directory, with the audit entry that records it, in one transaction. */
@Injectable()
export class DirectoryWriter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs `change` and appends `action` with `after` to the municipality's audit stream; a unique-key violation
   * becomes `onDuplicate` when given.
   */
  async write<T>(
    actor: Actor,
    /** null for the platform operator's own account, audited in the platform's stream. */
    municipalityId: string | null,
    action: string,
    after: unknown,
    onDuplicate: IdentityErrorCode | null,
    change: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.transaction(async (manager) => {
        const result = await change(manager);
        await this.audit.append(manager, {
          municipalityId,
          stream: municipalityId ? `municipality:${municipalityId}` : 'platform',
          action,
          actorId: actor.userId,
          actorRole: actor.platformAdmin ? 'platform_admin' : (actor.roles[0] ?? null),
          requestId: actor.requestId,
          after,
          at: this.clock.now(),
        });
        return result;
      });
    } catch (error) {
      if (onDuplicate && isUniqueViolation(error)) throw new IdentityError(onDuplicate);
      throw error;
    }
  }
}
