import type { ProposalContent } from '@kyodo/proposals';
import type { AgreementParty, AgreementSignatory, AgreementTerms } from './agreement';

/** What the agreement form starts from, carried over from the adopted proposal. */
export interface AgreementSources {
  content: ProposalContent;
  group: AgreementParty;
  department: AgreementParty;
  /** Every party with its contact details from its record. */
  parties: AgreementSignatory[];
  fiscalYear: number;
  /** The day the form is opened (YYYY-MM-DD), the 作成日 it proposes. */
  today: string;
}

const BORNE_BY = { group: '団体', city: '市', shared: '双方' } as const;

/**
 * The agreement's terms as the proposal already states them: the parties (with the contact details they keep), the fiscal year as the term (April to
 * March, the municipal year), the role and cost sharing from its 役割分担表, the requested amount as the granted one.
 * Everything stays editable: the secretariat settles the final wording with both partners.
 */
export function agreementDefaults(sources: AgreementSources): AgreementTerms {
  const roles = sources.content.roleSharing ?? [];
  return {
    group: sources.group,
    department: sources.department,
    parties: sources.parties,
    termStart: `${sources.fiscalYear}-04-01`,
    termEnd: `${sources.fiscalYear + 1}-03-31`,
    roleSharing: roles.map((r) => `${r.task}：団体　${r.group}／市　${r.city}`).join('\n'),
    informationSharing: '',
    costSharing: roles.map((r) => `${r.task}：${BORNE_BY[r.costBorneBy] ?? r.costBorneBy}負担`).join('\n'),
    grantedAmount: sources.content.requestedAmount ?? 0,
    partnershipForm: 'hojo',
    formNumber: '',
    madeOn: sources.today,
  };
}
