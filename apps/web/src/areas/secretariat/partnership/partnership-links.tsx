import { Link } from 'react-router';
import { defineMessages, useT } from '../../../i18n/i18n';
import type { Proposal } from '../models';

const texts = defineMessages({
  ja: {
    heading: '採択後の手続き',
    agreement: '協定を締結する',
    manage: '事業の進行管理（協定・条件・中間報告・工程）',
  },
  en: {
    heading: 'After adoption',
    agreement: 'Conclude the agreement',
    manage: 'Project management (agreement, conditions, reports, milestones)',
  },
});

/** From an adopted, published proposal onwards: the way to its agreement and its project's management. */
const AFTER_ADOPTION = /^(disclosed\.adopted|agreement|implementation|projectEvaluation|completed)/;

export function PartnershipLinks({ proposal }: { proposal: Proposal }) {
  const t = useT(texts);
  if (!AFTER_ADOPTION.test(proposal.state)) return null;
  return (
    <nav className="console-panel" aria-labelledby="after-adoption-heading">
      <h2 id="after-adoption-heading">{t('heading')}</h2>
      <ul>
        {proposal.allowedEvents.includes('CONCLUDE_AGREEMENT') ? (
          <li>
            <Link to={`/console/proposals/${proposal.id}/agreement`}>{t('agreement')}</Link>
          </li>
        ) : null}
        <li>
          <Link to={`/console/proposals/${proposal.id}/partnership`}>{t('manage')}</Link>
        </li>
      </ul>
    </nav>
  );
}
