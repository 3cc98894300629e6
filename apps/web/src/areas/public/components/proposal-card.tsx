import { useLocale, useLocalized, useT } from '../../../i18n/i18n';
import { fiscalYearLabel } from '../../../i18n/japanese-calendar';
import { Link } from 'react-router';
import { StatusBadge } from '../../../ui/components';
import type { PublicProposalSummary } from '../models';
import { withMunicipality } from '../municipality';
import { decisionBadge, decisionTone, publicTexts } from '../texts';

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
  const { locale } = useLocale();
  return (
    <li className="card public-proposal">
      <h2 className="public-card-title">
        <Link to={withMunicipality(`/proposals/${item.id}`, code)}>{item.title}</Link>
      </h2>
      <p className="public-badges">
        {item.decision ? (
          <StatusBadge tone={decisionBadge({ outcome: item.decision, provisional: item.provisional }).tone}>
            {p(decisionBadge({ outcome: item.decision, provisional: item.provisional }).key)}
          </StatusBadge>
        ) : (
          <StatusBadge tone={decisionTone(null)}>{p('undecided')}</StatusBadge>
        )}
        <StatusBadge tone="info">{p(item.proposalType)}</StatusBadge>
        <StatusBadge tone="info">{p(item.origin)}</StatusBadge>
      </p>
      <p className="meta">
        {localized(item.organization)} ・ {fiscalYearLabel(item.fiscalYear, locale)}
        {item.receiptNumber ? ` ・ ${item.receiptNumber}` : ''}
      </p>
      {item.activityFields.length > 0 ? <p className="meta">{item.activityFields.map(fieldLabel).join('、')}</p> : null}
    </li>
  );
}
