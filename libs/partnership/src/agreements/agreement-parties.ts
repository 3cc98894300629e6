import type { ProposalPartner } from '@kyodo/proposals';
import type { AgreementSignatory } from './agreement';

/** What the form may correct of a party: everything but who it is. */
export type SignatoryCorrection = Pick<AgreementSignatory, 'organizationId'> &
  Partial<Pick<AgreementSignatory, 'name' | 'address' | 'representative' | 'phone' | 'email'>>;

/** A proposal's partner as the 協定書 lists it, its contact details taken from its record (団体情報). */
export function signatoryOf(partner: ProposalPartner): AgreementSignatory {
  const contact = partner.contact;
  const postal = contact?.postalCode ? `〒${contact.postalCode}　` : '';
  return {
    organizationId: partner.organizationId,
    role: partner.role,
    side: partner.kind === 'department' ? 'city' : 'group',
    name: partner.nameJa,
    address: contact?.address ? `${postal}${contact.address}` : '',
    representative: [contact?.representativeTitle ?? '', contact?.representativeName ?? '']
      .filter((part) => part !== '')
      .join('　'),
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
  };
}

/**
 * The parties as the form sends them: each default party with the corrections given for it. Answers the ids the
 * form named that are not parties of the proposal, so the caller can refuse them (a party is a record, never text).
 */
export function correctedSignatories(
  defaults: AgreementSignatory[],
  corrections: SignatoryCorrection[] | undefined,
): { parties: AgreementSignatory[]; unknown: string[] } {
  const given = new Map((corrections ?? []).map((c) => [c.organizationId, c]));
  const known = new Set(defaults.map((d) => d.organizationId));
  const parties = defaults.map((party) => {
    const correction = given.get(party.organizationId);
    if (!correction) return party;
    return {
      ...party,
      name: correction.name ?? party.name,
      address: correction.address ?? party.address,
      representative: correction.representative ?? party.representative,
      phone: correction.phone ?? party.phone,
      email: correction.email ?? party.email,
    };
  });
  return { parties, unknown: [...given.keys()].filter((id) => !known.has(id)) };
}

/** The parties without their contact details, for a caller who reads the agreement but does not arrange it. */
export function withoutContacts(parties: AgreementSignatory[]): AgreementSignatory[] {
  return parties.map((party) => ({ ...party, address: '', representative: '', phone: '', email: '' }));
}
