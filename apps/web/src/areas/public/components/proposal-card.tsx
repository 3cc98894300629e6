import { useLocalized, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { StatusBadge } from '../../../ui/components';
import type { PublicProposalSummary } from '../models';
import { withMunicipality } from '../municipality';
import { decisionTone, publicTexts } from '../texts';

export function ProposalCard({
  item,
  code,
  fieldLabel,
}: {
  item: PublicProposalSummary;
  code: string;
  fieldLabel: (key: string) => string;
}) {
  const p = useT(publicTexts);
  const localized = useLocalized();
  return (
    <li className="card public-proposal">
      <h2 className="public-card-title">
        <Link to={withMunicipality(`/proposals/${item.id}`, code)}>{item.title}</Link>
      </h2>
      <p className="public-badges">
        <StatusBadge tone={decisionTone(item.decision)}>
          {item.decision ? p(item.decision) : p('undecided')}
        </StatusBadge>
        <StatusBadge tone="info">{p(item.origin)}</StatusBadge>
      </p>
      <p className="meta">
        {localized(item.organization)} ・ {p('fiscalYear', { year: item.fiscalYear })}
        {item.receiptNumber ? ` ・ ${item.receiptNumber}` : ''}
      </p>
      {item.activityFields.length > 0 ? <p className="meta">{item.activityFields.map(fieldLabel).join('、')}</p> : null}
    </li>
  );
}
