import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, Clock } from '@kyodo/platform';
import { LifecycleStep } from '../lifecycle-step';
import type { MilestoneStatus } from '../milestones/milestone';
import { MilestoneRepository } from '../milestones/milestone.repository';
import { ProjectReader } from '../project-reader';

export interface MilestoneInput {
  title: string;
  dueOn?: string;
  status: MilestoneStatus;
}

/** 工程の記録 (RECORD_MILESTONE) by a partner or the secretariat: the milestone's row, then the event. */
@Injectable()
export class RecordMilestone {
  constructor(
    private readonly projects: ProjectReader,
    private readonly milestones: MilestoneRepository,
    private readonly step: LifecycleStep,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, expectedVersion: number, input: MilestoneInput): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    this.step.check(project, expectedVersion, 'RECORD_MILESTONE');
    const id = randomUUID();
    await this.milestones.insert({
      id,
      municipalityId: project.municipalityId,
      proposalId,
      title: input.title,
      dueOn: input.dueOn ?? null,
      status: input.status,
      doneAt: input.status === 'done' ? this.clock.now() : null,
      recordedBy: actor.userId,
    });
    await this.step.sendAfterWrite(
      actor,
      project,
      expectedVersion,
      { type: 'RECORD_MILESTONE', title: input.title },
      () => this.milestones.discard(id),
    );
  }
}
