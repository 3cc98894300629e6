import { Injectable } from '@nestjs/common';
import { OrganizationContactRepository, OrganizationRepository, type OrganizationContact } from '@kyodo/identity';
import { type Actor, hasRole } from '@kyodo/platform';
import { isOwner, isPartnerDepartment } from '../proposal-access';
import { ProposalRows } from '../proposal-rows';
import type { ProposalEntity } from '../proposals/proposal.entity';

/** How an organisation stands to a proposal. */
export type PartnerRole = 'proposer' | 'partnerDepartment' | 'partnerGroup';

/** One side of a proposal's partnership, with its contact details for those who work with it. */
export interface ProposalPartner {
  organizationId: string;
  role: PartnerRole;
  kind: 'group' | 'department' | 'intermediary';
  nameJa: string;
  nameEn: string;
  /** null for a caller who reads the proposal but does not work with its partners (reviewers, the committee). */
  contact: OrganizationContact | null;
}

/**
 * Who may read the partners' contact details: the secretariat and administrators, the proposing organisation and
 * the partner departments — the people who arrange the partnership. Reviewers and the committee judge the proposal,
 * not whom to telephone; a named partner group reads its own details on 団体情報.
 */
export function mayReadPartnerContacts(
  actor: Actor,
  proposal: Pick<ProposalEntity, 'organizationId' | 'partnerDepartmentIds'>,
): boolean {
  return hasRole(actor, 'secretariat', 'admin') || isOwner(actor, proposal) || isPartnerDepartment(actor, proposal);
}

/** The proposing organisation, the partner departments and the partner groups (協働相手) of a proposal, as records. */
@Injectable()
export class ProposalPartners {
  constructor(
    private readonly rows: ProposalRows,
    private readonly organizations: OrganizationRepository,
    private readonly contacts: OrganizationContactRepository,
  ) {}

  async list(actor: Actor, proposalId: string): Promise<ProposalPartner[]> {
    const row = await this.rows.visible(actor, proposalId);
    return this.of(row, mayReadPartnerContacts(actor, row));
  }

  /** In the order the 協定書 names them: the proposer, the partner departments, the partner groups. */
  async of(
    row: Pick<ProposalEntity, 'organizationId' | 'partnerDepartmentIds' | 'partnerGroupIds'>,
    withContacts: boolean,
  ): Promise<ProposalPartner[]> {
    const roles: Array<[string, PartnerRole]> = [
      [row.organizationId, 'proposer'],
      ...row.partnerDepartmentIds.map((id): [string, PartnerRole] => [id, 'partnerDepartment']),
      ...(row.partnerGroupIds ?? []).map((id): [string, PartnerRole] => [id, 'partnerGroup']),
    ];
    const ids = roles.map(([id]) => id);
    const [organizations, contacts] = await Promise.all([
      this.organizations.listByIds(ids),
      withContacts ? this.contacts.contactsOf(ids) : Promise.resolve(new Map<string, OrganizationContact>()),
    ]);
    const byId = new Map(organizations.map((o) => [o.id, o]));
    return roles.flatMap(([id, role]) => {
      const organization = byId.get(id);
      if (!organization) return [];
      return [
        {
          organizationId: id,
          role,
          kind: organization.kind,
          nameJa: organization.nameJa,
          nameEn: organization.nameEn,
          contact: withContacts ? (contacts.get(id) ?? null) : null,
        },
      ];
    });
  }
}
