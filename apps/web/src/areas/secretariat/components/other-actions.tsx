import { defineMessages, useT } from '../../../i18n/i18n';
import { eventTexts, isEventName } from '../../../proposal-workflow/event-texts';
import type { Proposal } from '../models';

const texts = defineMessages({
  ja: {
    noActions: 'この提案に今できる操作はありません。',
    belowOnThisPage: '今できる操作は、このページの下の欄にあります。',
    elsewhere: '次の操作はこの欄ではなく、別の画面で行います。',
    committee: '合同評価会議の画面で、委員長が行います。',
    noPageYet: 'この操作の画面はまだありません。',
  },
  en: {
    noActions: 'No action is possible on this proposal now.',
    belowOnThisPage: 'What can be done now is in the panels further down this page.',
    elsewhere: 'The next step is taken on another page, not in this panel.',
    committee: 'On the joint evaluation session’s page, by the chair.',
    noPageYet: 'This step has no page yet.',
  },
});

/** The events the secretariat's proposal page sends from panels of its own beside the screening panel. */
export const OTHER_PANELS_OF_THIS_PAGE = ['FILE_CONSULTATION_REPORT', 'BUDGET_APPROVED', 'BUDGET_REJECTED'];

/**
 * What the screening panel says when none of its own actions is allowed: the person may still have steps to take,
 * in another panel of this page or on another page; "no action" only when there is truly none.
 */
export function OtherActions({ proposal }: { proposal: Proposal }) {
  const t = useT(texts);
  const te = useT(eventTexts);
  const allowed = proposal.allowedEvents.filter(isEventName);
  if (allowed.length === 0) return <p>{t('noActions')}</p>;
  if (allowed.some((event) => OTHER_PANELS_OF_THIS_PAGE.includes(event))) return <p>{t('belowOnThisPage')}</p>;
  return (
    <div className="other-actions">
      <p>{t('elsewhere')}</p>
      <ul>
        {allowed.map((event) => (
          <li key={event}>
            <strong>{te(event)}</strong>： {event === 'FINALIZE' ? t('committee') : t('noPageYet')}
          </li>
        ))}
      </ul>
    </div>
  );
}
