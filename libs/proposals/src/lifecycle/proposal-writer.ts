import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { Clock, VersionConflictError } from '@kyodo/platform';
import type { ProposalEntity } from '../proposals/proposal.entity';
import { ProposalRepository } from '../proposals/proposal.repository';

/** Who a proposal's audit entry names: a person (their relation to the proposal as role) or the system. */
export interface AuditActor {
  id: string | null;
  role: string;
  requestId: string;
}

/** The writes every change of a proposal makes, in the caller's transaction: the guarded row, its audit entry. */
@Injectable()
export class ProposalWriter {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Never TypeORM save(): a stale save would silently win. The version is the lock. */
  async compareAndSet(
    manager: EntityManager,
    row: ProposalEntity,
    expectedVersion: number,
    next: ProposalEntity,
  ): Promise<ProposalEntity> {
    const saved = { ...next, id: row.id, version: expectedVersion + 1, updatedAt: this.clock.now() };
    if (!(await this.proposals.updateIfVersion(manager, expectedVersion, saved))) {
      throw new VersionConflictError((await this.proposals.currentVersion(manager, row.id)) ?? row.version);
    }
    return saved;
  }

  async audit(
    manager: EntityManager,
    row: ProposalEntity,
    by: AuditActor,
    action: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await this.auditLog.append(manager, {
      municipalityId: row.municipalityId,
      stream: `proposal:${row.id}`,
      action,
      actorId: by.id,
      actorRole: by.role,
      requestId: by.requestId,
      before,
      after,
      at: this.clock.now(),
    });
  }
}
