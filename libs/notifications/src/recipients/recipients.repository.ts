import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { JobPayloads } from '@kyodo/queues';

/** An active user a notice may go to, with their delivery mode per category (absent: immediate). */
export interface Recipient {
  id: string;
  email: string;
  locale: 'ja' | 'en';
  modes: Record<string, string>;
}

/** An active user with notices waiting for the daily digest, and the municipality they came from. */
export interface DigestRecipient {
  userId: string;
  email: string;
  locale: 'ja' | 'en';
  municipalityId: string;
}

const ROLE_OF: Record<string, string> = {
  secretariat: 'secretariat',
  owners: 'proposer',
  reviewers: 'reviewer',
  committee: 'committee_member',
};

/**
 * Who notices go to. Crossings not yet folded (issue 16): these read the users, memberships, proposals and review
 * assignments of other libraries until those answer them through their own APIs.
 */
@Injectable()
export class RecipientsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The users an audience names for a proposal: its owners, its partner departments, the secretariat … */
  async audienceOf(job: JobPayloads['notify.proposal-event']): Promise<string[]> {
    if (!job.proposalId) return [];
    const [proposal]: Array<{
      organization_id: string;
      partner_department_ids: string[];
      municipality_id: string;
    }> = await this.db.query(
      'SELECT organization_id, partner_department_ids, municipality_id FROM proposals WHERE id = $1',
      [job.proposalId],
    );
    if (!proposal) return [];
    let rows: Array<{ user_id: string }>;
    if (job.audience === 'partnerDepartment') {
      rows = await this.db.query(
        `SELECT DISTINCT user_id FROM memberships WHERE organization_id = ANY($1::uuid[]) ORDER BY user_id`,
        [proposal.partner_department_ids],
      );
    } else if (job.audience === 'reviewers') {
      rows = await this.db.query(
        `SELECT DISTINCT reviewer_id AS user_id FROM review_assignments WHERE proposal_id = $1 AND status <> 'conflicted' ORDER BY 1`,
        [job.proposalId],
      );
    } else if (job.audience === 'committee') {
      rows = await this.db.query(
        `SELECT DISTINCT user_id FROM memberships WHERE municipality_id = $1 AND role IN ('committee_member', 'committee_chair') ORDER BY user_id`,
        [proposal.municipality_id],
      );
    } else {
      const role = ROLE_OF[job.audience];
      if (!role) return [];
      rows = await this.db.query(
        `SELECT DISTINCT user_id FROM memberships WHERE municipality_id = $1 AND role = $2 ${job.audience === 'owners' ? 'AND organization_id = $3' : ''} ORDER BY user_id`,
        job.audience === 'owners'
          ? [proposal.municipality_id, role, proposal.organization_id]
          : [proposal.municipality_id, role],
      );
    }
    return rows.map((r) => r.user_id);
  }

  /** The active ones of these users, by id, with their delivery mode for each of these categories. */
  async active(ids: string[], categories: string[]): Promise<Map<string, Recipient>> {
    const rows: Recipient[] = await this.db.query(
      `SELECT u.id, u.email, u.locale,
              coalesce(jsonb_object_agg(p.category, p.mode) FILTER (WHERE p.category IS NOT NULL), '{}') AS modes
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.category = ANY($2::text[])
        WHERE u.id = ANY($1::uuid[]) AND u.active GROUP BY u.id`,
      [[...new Set(ids)], categories],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The active users with notices waiting for the digest (once per municipality they came from), by user id. */
  async withPendingDigest(): Promise<DigestRecipient[]> {
    const rows: Array<{ user_id: string; email: string; locale: 'ja' | 'en'; municipality_id: string }> =
      await this.db.query(
        `SELECT DISTINCT n.user_id, u.email, u.locale, n.municipality_id FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.digest_pending AND u.active ORDER BY n.user_id`,
      );
    return rows.map((r) => ({
      userId: r.user_id,
      email: r.email,
      locale: r.locale,
      municipalityId: r.municipality_id,
    }));
  }
}
