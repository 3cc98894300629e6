import { Injectable } from '@nestjs/common';
import { type Actor, VersionConflictError } from '@kyodo/platform';
import { type LifecycleEventInput, type ProposalView, SendProposalEvent } from '@kyodo/proposals';
import { PartnershipError, PartnershipErrorCode } from './partnership-errors';
import type { Project } from './project-reader';

/**
 * A lifecycle event that carries a row of this library (the agreement, a progress report, a milestone).
 *
 * The proposals library offers no hook to write another library's row inside the transaction of an event (its one
 * hook, ReviewFactsPort.afterEvent, is the review engine's and sees no payload). So the row is written first through
 * this library's repository and the event sent after; the checks the event would fail on — the version the client
 * read, whether the event is allowed now — are made before anything is written, and should the event still be
 * refused (someone else moved the proposal in between), the row is taken back. A bad request so changes nothing.
 */
@Injectable()
export class LifecycleStep {
  constructor(private readonly send: SendProposalEvent) {}

  /** Refuses, before any write, what the event would refuse: a stale version (409) or an event not allowed now (422). */
  check(project: Project, expectedVersion: number, type: LifecycleEventInput['type']): void {
    if (project.view.version !== expectedVersion) throw new VersionConflictError(project.view.version);
    if (!project.view.allowedEvents.includes(type))
      throw new PartnershipError(PartnershipErrorCode.EventNotAllowed, {
        state: project.view.state,
        event: type,
        allowedEvents: project.view.allowedEvents,
      });
  }

  /** Sends the event after its row was written; takes the row back with `undo` when the event is refused. */
  async sendAfterWrite(
    actor: Actor,
    project: Project,
    expectedVersion: number,
    event: LifecycleEventInput,
    undo: () => Promise<void>,
  ): Promise<ProposalView> {
    try {
      return await this.send.execute(actor, project.view.id, expectedVersion, event);
    } catch (error) {
      await undo();
      throw error;
    }
  }
}
