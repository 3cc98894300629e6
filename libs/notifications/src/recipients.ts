import type { DataSource } from 'typeorm';
import type { JobPayloads } from '@kyodo/queues';

const ROLE_OF: Record<string, string> = {
  secretariat: 'secretariat',
  owners: 'proposer',
  reviewers: 'reviewer',
  committee: 'committee_member',
};

/** The users an audience names for a proposal: its owners, its partner departments, the secretariat … */
export async function recipientsFor(
  dataSource: DataSource,
  job: JobPayloads['notify.proposal-event'],
): Promise<string[]> {
  if (!job.proposalId) return [];
  const [proposal] = await dataSource.query(
    'SELECT organization_id, partner_department_ids, municipality_id FROM proposals WHERE id = $1',
    [job.proposalId],
  );
  if (!proposal) return [];
  let rows: Array<{ user_id: string }>;
  if (job.audience === 'partnerDepartment') {
    rows = await dataSource.query(
      `SELECT DISTINCT user_id FROM memberships WHERE organization_id = ANY($1::uuid[]) ORDER BY user_id`,
      [proposal.partner_department_ids],
    );
  } else if (job.audience === 'reviewers') {
    rows = await dataSource.query(
      `SELECT DISTINCT reviewer_id AS user_id FROM review_assignments WHERE proposal_id = $1 AND status <> 'conflicted' ORDER BY 1`,
      [job.proposalId],
    );
  } else if (job.audience === 'committee') {
    rows = await dataSource.query(
      `SELECT DISTINCT user_id FROM memberships WHERE municipality_id = $1 AND role IN ('committee_member', 'committee_chair') ORDER BY user_id`,
      [proposal.municipality_id],
    );
  } else {
    const role = ROLE_OF[job.audience];
    if (!role) return [];
    rows = await dataSource.query(
      `SELECT DISTINCT user_id FROM memberships WHERE municipality_id = $1 AND role = $2 ${job.audience === 'owners' ? 'AND organization_id = $3' : ''} ORDER BY user_id`,
      job.audience === 'owners'
        ? [proposal.municipality_id, role, proposal.organization_id]
        : [proposal.municipality_id, role],
    );
  }
  return rows.map((r) => r.user_id);
}
