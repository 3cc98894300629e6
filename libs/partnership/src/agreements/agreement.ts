import type { PartnershipForm } from '@kyodo/platform';

/** A party of the agreement: the organisation when it is registered, and its name as the 協定書 writes it. */
export interface AgreementParty {
  organizationId: string | null;
  name: string;
}

/** Which side of the partnership a party is on: the city (its departments) or the citizens (groups). */
export type PartySide = 'city' | 'group';

/**
 * A party the 協定書 lists with a signature block: a registered organisation with the contact details it states on
 * 団体情報, as they were when the agreement was written (the form may correct them; the record stays as it is).
 */
export interface AgreementSignatory {
  organizationId: string;
  role: 'proposer' | 'partnerDepartment' | 'partnerGroup';
  side: PartySide;
  name: string;
  address: string;
  /** 代表者: title and name as the signature block prints them, title, an ideographic space, then name (理事長, 鎌倉 花子). */
  representative: string;
  phone: string;
  email: string;
}

/** What the 協定 says; the same shape for the form's defaults and for a stored agreement. */
export interface AgreementTerms {
  group: AgreementParty;
  department: AgreementParty;
  /**
   * Every party, each with a signature block: the proposing organisation, the partner departments, the partner
   * groups (協働相手). Empty on an agreement written before parties were recorded (its 協定書 names group and
   * department only).
   */
  parties: AgreementSignatory[];
  termStart: string;
  termEnd: string;
  roleSharing: string;
  informationSharing: string;
  costSharing: string;
  /** Whole yen; may differ from the amount the proposal asked for. */
  grantedAmount: number;
  partnershipForm: PartnershipForm;
  formNumber: string;
  madeOn: string;
}

export interface Agreement extends AgreementTerms {
  id: string;
  proposalId: string;
  /** Set once the CONCLUDE_AGREEMENT event went through; null while only written. */
  concludedAt: string | null;
  concludedBy: string | null;
}
