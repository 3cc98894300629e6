import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { type Actor, Clock, hasRole } from '@kyodo/platform';
import { MilestoneRepository } from '../milestones/milestone.repository';
import { PartnershipError, PartnershipErrorCode } from '../partnership-errors';
import { mustBeImplementing, mustBePartner } from '../partnership-rules';
import { ProjectReader } from '../project-reader';

export interface MilestoneStatusInput {
  status: 'done' | 'delayed';
  /** The day it was done (required for done). */
  doneOn?: string;
  /** Why it is delayed (required for delayed). */
  note?: string;
}

/** A recorded milestone's status: planned (or delayed) → done on a day, or → delayed with a note. */
@Injectable()
export class UpdateMilestone {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectReader,
    private readonly milestones: MilestoneRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, milestoneId: string, input: MilestoneStatusInput): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    mustBePartner(actor, project, true);
    const milestone = await this.milestones.find(project.municipalityId, proposalId, milestoneId);
    if (!milestone) throw new PartnershipError(PartnershipErrorCode.MilestoneNotFound);
    mustBeImplementing(project);
    const note = input.note?.trim() ?? '';
    const change =
      input.status === 'done'
        ? input.doneOn && !input.note
          ? { status: 'done' as const, doneOn: input.doneOn }
          : null
        : note && !input.doneOn
          ? { status: 'delayed' as const, note }
          : null;
    if (!change) throw new PartnershipError(PartnershipErrorCode.MilestoneStatusNeeds, { status: input.status });
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      if (!(await this.milestones.setStatus(manager, milestoneId, change, actor.userId, now)))
        throw new PartnershipError(PartnershipErrorCode.MilestoneAlreadyDone);
      await this.audit.append(manager, {
        municipalityId: project.municipalityId,
        stream: `proposal:${proposalId}`,
        action: `milestone.${change.status}`,
        actorId: actor.userId,
        actorRole: project.party ? 'proposer' : hasRole(actor, 'secretariat') ? 'secretariat' : null,
        requestId: actor.requestId,
        before: { milestoneId, status: milestone.status },
        after: { milestoneId, ...change },
        at: now,
      });
    });
  }
}
