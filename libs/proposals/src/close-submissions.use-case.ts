import type { DataSource } from 'typeorm';
import { CallEntity } from '@kyodo/persistence';
import type { ProposalsService } from './proposals.service';

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
export class CloseSubmissions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
  ) {}

  async execute(timer: DeadlineTimer): Promise<{ stale: boolean; expired: number }> {
    const call = await this.dataSource.getRepository(CallEntity).findOneBy({ id: timer.callId });
    if (!call || call.submissionClosesAt.toISOString() !== new Date(timer.deadline).toISOString()) {
      return { stale: true, expired: 0 };
    }
    await this.dataSource.query(
      `UPDATE calls SET phase = 'closed_for_submission', updated_at = now() WHERE id = $1 AND phase = 'accepting'`,
      [call.id],
    );
    const open: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM proposals WHERE call_id = $1 AND state IN ('draft', 'submitted.revisionRequested') ORDER BY id`,
      [call.id],
    );
    let expired = 0;
    for (const { id } of open) {
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
