import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { JobPayloads } from '@kyodo/queues';
import { renderMessage } from './message-catalogue';

/**
 * Turns a proposal's `notify` effect into in-app messages. Runs in the
 * worker; may run more than once for the same job (BullMQ is at-least-once),
 * so each message carries a delivery key (outbox id × recipient × channel)
 * and a second run inserts nothing.
 */
export class DeliverProposalNotification {
  constructor(private readonly dataSource: DataSource) {}

  async execute(job: JobPayloads['notify.proposal-event']): Promise<{ delivered: number }> {
    const [proposal] = await this.dataSource.query(
      `SELECT id, title, receipt_number, state, organization_id, municipality_id FROM proposals WHERE id = $1 AND municipality_id = $2`,
      [job.proposalId, job.municipalityId],
    );
    if (!proposal) return { delivered: 0 };
    const recipients = job.audience === 'users' ? (job.userIds ?? []) : await this.recipients(job.audience, proposal);
    const message = renderMessage(job.template, {
      proposalTitle: proposal.title,
      receiptNumber: proposal.receipt_number,
      state: proposal.state,
    });
    let delivered = 0;
    for (const userId of recipients) {
      const inserted = await this.dataSource.query(
        `INSERT INTO notifications (id, municipality_id, user_id, category, template, params, subject_ja, subject_en, body_ja, body_en, delivery_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
        [
          randomUUID(),
          job.municipalityId,
          userId,
          message.category,
          job.template,
          JSON.stringify({ proposalId: proposal.id }),
          message.subject.ja,
          message.subject.en,
          message.body.ja,
          message.body.en,
          `${job.outboxId}:${userId}:in_app`,
        ],
      );
      delivered += inserted.length;
    }
    return { delivered };
  }

  private async recipients(
    audience: string,
    proposal: { organization_id: string; municipality_id: string },
  ): Promise<string[]> {
    const roleFor: Record<string, { role: string; organization?: string }> = {
      secretariat: { role: 'secretariat' },
      owners: { role: 'proposer', organization: proposal.organization_id },
      committee: { role: 'committee_member' },
      reviewers: { role: 'reviewer' },
    };
    const target = roleFor[audience];
    if (!target) return [];
    const rows: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.municipality_id = $1 AND m.role = $2 AND u.active ${target.organization ? 'AND m.organization_id = $3' : ''}
        ORDER BY m.user_id`,
      target.organization
        ? [proposal.municipality_id, target.role, target.organization]
        : [proposal.municipality_id, target.role],
    );
    return rows.map((r) => r.user_id);
  }
}
