import { call } from '../api/client';
import type { Schema } from '../api/models';
import { useLocalized, useT } from '../i18n/i18n';
import { organizationTexts } from '../organization/organization-texts';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';

type Partner = Schema<'ProposalPartner'>;

const ROLE_KEY = {
  proposer: 'roleProposer',
  partnerDepartment: 'rolePartnerDepartment',
  partnerGroup: 'rolePartnerGroup',
} as const;

/**
 * 協働の当事者 of a proposal: the proposer, the partner departments and the partner groups, by name; with their
 * contact details where the API gives them (the secretariat, the proposer, the partner departments — never a reviewer).
 */
export function PartnersSection({ proposalId }: { proposalId: string }) {
  const partners = useApiQuery(keys.proposals.partners(proposalId), (signal) =>
    call('GET /api/v1/proposals/{id}/partners', { path: { id: proposalId }, signal }),
  );
  // Quiet while loading or on failure: the section adds to the page, the page does not wait for it.
  return partners.data && partners.data.length > 0 ? <PartnersList partners={partners.data} /> : null;
}

export function PartnersList({ partners }: { partners: Partner[] }) {
  const t = useT(organizationTexts);
  const localized = useLocalized();
  return (
    <section aria-labelledby="partners-heading" className="partners-section">
      <h2 id="partners-heading">{t('partnersHeading')}</h2>
      <dl className="pairs">
        {partners.map((partner) => (
          <div key={`${partner.role}-${partner.organizationId}`}>
            <dt>{t(ROLE_KEY[partner.role])}</dt>
            <dd>
              {localized({ ja: partner.nameJa, en: partner.nameEn })}
              {partner.contact ? <ContactLines contact={partner.contact} /> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ContactLines({ contact }: { contact: NonNullable<Partner['contact']> }) {
  const t = useT(organizationTexts);
  const representative = [contact.representativeTitle, contact.representativeName].filter(Boolean).join('　');
  const lines: Array<[string, string]> = [
    [t('address'), [contact.postalCode ? `〒${contact.postalCode}` : '', contact.address].filter(Boolean).join('　')],
    [t('representativeName'), representative],
    [t('contactPerson'), contact.contactPerson],
    [t('phone'), contact.phone],
    [t('email'), contact.email],
  ];
  const given = lines.filter(([, value]) => value !== '');
  if (given.length === 0) return <p className="meta">{t('noContact')}</p>;
  return (
    <ul className="contact-lines">
      {given.map(([label, value]) => (
        <li key={label}>
          {label}：{value}
        </li>
      ))}
    </ul>
  );
}
