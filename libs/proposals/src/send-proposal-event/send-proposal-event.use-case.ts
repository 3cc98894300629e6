import { Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import { ProposalRecordsReader } from '../proposal-records.reader';
import { LifecycleFacts } from '../lifecycle/lifecycle-facts';
import { ProposalTransition } from '../lifecycle/proposal-transition';
import { machineActor } from '../proposal-access';
import type { LifecycleEventInput } from '../proposal-event-input';
import { ProposalRows } from '../proposal-rows';
import { toProposalView, type ProposalView } from '../proposal-view';

/**
 * Any other step of the lifecycle (RETURN, ACCEPT, FINALIZE, WITHDRAW …), sent by a person at the version they last
 * read. The machine's guards decide who may, with what.
 */
@Injectable()
export class SendProposalEvent {
  constructor(
    private readonly rows: ProposalRows,
    private readonly transition: ProposalTransition,
    private readonly facts: LifecycleFacts,
    private readonly records: ProposalRecordsReader,
  ) {}

  async execute(actor: Actor, id: string, expectedVersion: number, event: LifecycleEventInput): Promise<ProposalView> {
    const row = await this.rows.visible(actor, id);
    const call = await this.rows.call(row.callId);
    const relation = machineActor(actor, row);
    const { saved, facts } = await this.transition.apply({
      row,
      call,
      expectedVersion,
      event,
      actor: relation,
      by: { id: actor.userId, role: relation.relation, requestId: actor.requestId },
    });
    return toProposalView(saved, this.facts.allowedGiven(actor, saved, facts), await this.records.of(actor, saved));
  }
}
