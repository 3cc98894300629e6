import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type JobPayloads, OutboxRepository } from '@kyodo/queues';

export type ReleaseAnnouncementTimer = JobPayloads['timer.release-announcement'];

/**
 * The scheduled moment of a call's batch announcement (一斉通知): lets the relay send the decision notices held for
 * the call. Stale-proof: a timer whose moment a later announcement replaced releases nothing.
 */
@Injectable()
export class ReleaseAnnouncement {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
  ) {}

  /** Answers how many notices were released. */
  async execute(timer: ReleaseAnnouncementTimer): Promise<number> {
    const latest = await this.outbox.latestReleaseAnnouncement(timer.callId);
    if (latest && latest.releaseAt !== timer.releaseAt) return 0;
    return this.dataSource.transaction((manager) => this.outbox.releaseHeldForCall(manager, timer.callId));
  }
}
