import { Injectable } from '@nestjs/common';
import { VersionConflictError } from '@kyodo/platform';
import type { Actor as MachineActor } from '@kyodo/workflow';
import { CallRepository } from './calls/call.repository';
import { ProposalTransition } from './lifecycle/proposal-transition';
import { ProposalError } from './proposal-errors';
import { ProposalRows } from './proposal-rows';
import { ProposalRepository } from './proposals/proposal.repository';

export interface DeadlineTimer {
  callId: string;
  deadline: string;
  outboxId: string;
}

/** The system itself, for timer events: no user, relation 'system'. */
const SYSTEM_ACTOR: MachineActor = {
  userId: '00000000-0000-0000-0000-000000000000',
  roles: ['system'],
  relation: 'system',
};

/**
 * The submission-deadline timer of a call. Idempotent (it may run twice) and
 * stale-proof: a timer for a deadline the call no longer has does nothing,
 * so moving the date never needs the old job removed.
 */
@Injectable()
export class CloseSubmissions {
  constructor(
    private readonly calls: CallRepository,
    private readonly proposalRepository: ProposalRepository,
    private readonly rows: ProposalRows,
    private readonly transition: ProposalTransition,
  ) {}

  async execute(timer: DeadlineTimer): Promise<{ stale: boolean; expired: number }> {
    const call = await this.calls.findById(timer.callId);
    if (!call || call.submissionClosesAt.toISOString() !== new Date(timer.deadline).toISOString()) {
      return { stale: true, expired: 0 };
    }
    await this.calls.closeForSubmission(call.id);
    const open = await this.proposalRepository.openIdsOfCall(call.id);
    let expired = 0;
    for (const id of open) {
      if (await this.expire(id, `timer:${timer.outboxId}`)) expired++;
    }
    return { stale: false, expired };
  }

  /**
   * Sent at the current version; false when the machine does not take it now (e.g. the draft was submitted
   * meanwhile), which is the normal fate of a stale timer.
   */
  private async expire(id: string, requestId: string): Promise<boolean> {
    const row = await this.proposalRepository.findById(id);
    if (!row) return false;
    const call = await this.rows.call(row.callId);
    try {
      await this.transition.apply({
        row,
        call,
        expectedVersion: row.version,
        event: { type: 'SUBMISSION_DEADLINE_PASSED' },
        actor: SYSTEM_ACTOR,
        by: { id: null, role: 'system', requestId },
      });
      return true;
    } catch (error) {
      if (error instanceof ProposalError || error instanceof VersionConflictError) return false;
      throw error;
    }
  }
}
