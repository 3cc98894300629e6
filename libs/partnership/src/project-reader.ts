import { Injectable } from '@nestjs/common';
import { OrganizationRepository } from '@kyodo/identity';
import { type Actor, organizationIdsFor } from '@kyodo/platform';
import {
  CallRepository,
  mayReadPartnerContacts,
  ProposalPartners,
  ProposalQueries,
  ProposalRepository,
  type ProposalContent,
  type ProposalView,
} from '@kyodo/proposals';
import type { ProposalContext } from '@kyodo/workflow';
import type { AgreementParty, AgreementSignatory } from './agreements/agreement';
import { signatoryOf } from './agreements/agreement-parties';
import type { Party } from './progress-reports/progress-report';

/** An adopted proposal as the partnership pages need it: the caller's view, its open conditions, who the caller is to it. */
export interface Project {
  view: ProposalView;
  municipalityId: string;
  content: ProposalContent;
  conditions: ProposalContext['conditions'];
  /** 自己評価 of each partner, once given (at term end). */
  selfEvaluations: ProposalContext['selfEvaluations'];
  /** The committee's assessment of the project, once recorded. */
  assessment: ProposalContext['assessment'];
  /** The caller's side when they are a partner (the proposer's organisation, or a partner department); else null. */
  party: Party | null;
  /** Whether the caller is of the proposing organisation (the group, or the department that proposed). */
  owner: boolean;
  /** Whether the caller arranges the partnership and so reads the parties' contact details (secretariat, partners). */
  readsContacts: boolean;
}

/** Reads proposals through the proposals library's API (its queries and repository), never its tables. */
@Injectable()
export class ProjectReader {
  constructor(
    private readonly queries: ProposalQueries,
    private readonly proposals: ProposalRepository,
    private readonly calls: CallRepository,
    private readonly organizations: OrganizationRepository,
    private readonly partners: ProposalPartners,
  ) {}

  /** The proposal as the caller may see it (404 otherwise, as the proposals library answers). */
  async load(actor: Actor, id: string): Promise<Project> {
    const view = await this.queries.get(actor, id);
    const row = await this.proposals.findById(id);
    const context = (row?.snapshot as { context?: Partial<ProposalContext> } | null)?.context;
    return {
      view,
      municipalityId: row!.municipalityId,
      content: view.content as ProposalContent,
      conditions: context?.conditions ?? [],
      selfEvaluations: context?.selfEvaluations ?? { group: null, department: null },
      assessment: context?.assessment ?? null,
      party: partyOf(actor, view),
      owner: organizationIdsFor(actor, 'proposer').includes(view.organizationId),
      readsContacts: mayReadPartnerContacts(actor, view),
    };
  }

  /**
   * The agreement's parties: the proposing group (or a department's first partner group) and the proposing (or first
   * partner) department by their registered names, and every party with the contact details of its record.
   */
  async parties(
    view: ProposalView,
  ): Promise<{ group: AgreementParty; department: AgreementParty; parties: AgreementSignatory[] }> {
    const groupId = view.origin === 'group' ? view.organizationId : (view.partnerGroupIds[0] ?? null);
    const departmentId = view.origin === 'department' ? view.organizationId : (view.partnerDepartmentIds[0] ?? null);
    const names = await this.organizations.japaneseNamesOf([groupId, departmentId].filter((id) => id !== null));
    const partners = await this.partners.of(view, true);
    return {
      group: { organizationId: groupId, name: groupId ? (names.get(groupId) ?? '') : '' },
      department: { organizationId: departmentId, name: departmentId ? (names.get(departmentId) ?? '') : '' },
      parties: partners.map(signatoryOf),
    };
  }

  async fiscalYear(view: ProposalView): Promise<number> {
    return (await this.calls.getById(view.callId)).fiscalYear;
  }
}

function partyOf(actor: Actor, view: ProposalView): Party | null {
  if (organizationIdsFor(actor, 'proposer').includes(view.organizationId)) return view.origin;
  const own = actor.memberships.flatMap((m) => (m.organizationId ? [m.organizationId] : []));
  return view.partnerDepartmentIds.some((id) => own.includes(id)) ? 'department' : null;
}
