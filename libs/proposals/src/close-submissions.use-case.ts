import { Injectable } from '@nestjs/common';
import { CallRepository } from './calls/call.repository';
import { ProposalRepository } from './proposals/proposal.repository';
import { ProposalsService } from './proposals.service';

export interface DeadlineTimer {
  callId: string;
  deadline: string;
  outboxId: string;
}

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
    private readonly proposals: ProposalsService,
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
      const moved = await this.proposals.sendSystemEvent(
        id,
        { type: 'SUBMISSION_DEADLINE_PASSED' },
        `timer:${timer.outboxId}`,
      );
      if (moved) expired++;
    }
    return { stale: false, expired };
  }
}
