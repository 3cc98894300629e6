import { Injectable } from '@nestjs/common';
import { RoleHoldersRepository, UserRepository } from '@kyodo/identity';
import type { Role } from '@kyodo/platform';
import { ProposalRepository } from '@kyodo/proposals';
import type { JobPayloads } from '@kyodo/queues';
import { AssignmentRepository } from '@kyodo/review';
import { NotificationPreferenceRepository } from '../preferences/notification-preference.repository';

/** An active user a notice may go to, with their delivery mode per category (absent: immediate). */
export interface Recipient {
  id: string;
  email: string;
  locale: 'ja' | 'en';
  modes: Record<string, string>;
}

/** The roles each audience names in the proposal's municipality. */
const ROLES_OF: Record<string, Role[]> = {
  secretariat: ['secretariat'],
  owners: ['proposer'],
  committee: ['committee_member', 'committee_chair'],
};

/**
 * Who notices go to, asked of the libraries that know: the proposal's parties (libs/proposals), role holders and
 * accounts (libs/identity), reviewers (libs/review); only the delivery preferences are this library's own.
 */
@Injectable()
export class RecipientsService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly roleHolders: RoleHoldersRepository,
    private readonly assignments: AssignmentRepository,
    private readonly users: UserRepository,
    private readonly preferences: NotificationPreferenceRepository,
  ) {}

  /** The users an audience names for a proposal: its owners, its partner departments, the secretariat … */
  async audienceOf(job: JobPayloads['notify.proposal-event']): Promise<string[]> {
    if (!job.proposalId) return [];
    const proposal = await this.proposals.partiesOf(job.proposalId);
    if (!proposal) return [];
    if (job.audience === 'partnerDepartment') return this.roleHolders.membersOf(proposal.partnerDepartmentIds);
    if (job.audience === 'reviewers') return this.assignments.activeReviewerIdsOf(job.proposalId);
    const roles = ROLES_OF[job.audience];
    if (!roles) return [];
    return this.roleHolders.holdersOf(
      proposal.municipalityId,
      roles,
      job.audience === 'owners' ? proposal.organizationId : undefined,
    );
  }

  /**
   * The active ones of these users, by id, with their delivery mode for each of these categories. The accounts and
   * the preferences are two reads, sent together: one round trip's wait.
   */
  async active(ids: string[], categories: string[]): Promise<Map<string, Recipient>> {
    const [contacts, modes] = await Promise.all([
      this.users.activeContacts(ids),
      this.preferences.modesOf(ids, categories),
    ]);
    const recipients = new Map<string, Recipient>();
    for (const [id, contact] of contacts) {
      recipients.set(id, { id, email: contact.email, locale: contact.locale, modes: modes.get(id) ?? {} });
    }
    return recipients;
  }
}
