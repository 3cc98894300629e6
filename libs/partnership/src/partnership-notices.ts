import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '@kyodo/queues';

/** The notices of this library's records (the lifecycle's own notices are the machine's declared effects). */
export type PartnershipNotice =
  | 'progress_report.accepted'
  | 'progress_report.returned'
  | 'plan_change.requested'
  | 'plan_change.approved'
  | 'plan_change.returned'
  | 'results_report.submitted'
  | 'results_report.accepted'
  | 'results_report.returned';

/** The secretariat hears of what the partners file; the partners (both sides) hear of what the secretariat decides. */
const AUDIENCES: Record<PartnershipNotice, Array<'secretariat' | 'owners' | 'partnerDepartment'>> = {
  'progress_report.accepted': ['owners', 'partnerDepartment'],
  'progress_report.returned': ['owners', 'partnerDepartment'],
  'plan_change.requested': ['secretariat'],
  'plan_change.approved': ['owners', 'partnerDepartment'],
  'plan_change.returned': ['owners', 'partnerDepartment'],
  'results_report.submitted': ['secretariat'],
  'results_report.accepted': ['owners', 'partnerDepartment'],
  'results_report.returned': ['owners', 'partnerDepartment'],
};

/**
 * Writes a record's notices to the outbox in the transaction that changes the record, one row per audience, each keyed
 * by the record, so the same change never gives a second notice.
 */
@Injectable()
export class PartnershipNotices {
  constructor(private readonly outbox: Outbox) {}

  async enqueue(
    manager: EntityManager,
    notice: PartnershipNotice,
    at: { municipalityId: string; proposalId: string; recordId: string },
  ): Promise<void> {
    for (const audience of AUDIENCES[notice]) {
      await this.outbox.enqueue(manager, {
        name: 'notify.proposal-event',
        municipalityId: at.municipalityId,
        payload: { municipalityId: at.municipalityId, proposalId: at.proposalId, template: notice, audience },
        effectKey: `${notice}:${at.recordId}:${audience}`,
      });
    }
  }
}
