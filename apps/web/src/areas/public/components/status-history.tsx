import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import type { PublicProposalRecord } from '../models';
import { publicTexts, stateKey } from '../texts';

const texts = defineMessages({
  ja: {
    submitted: '提出',
    returned: '修正依頼',
    resubmitted: '再提出',
    accepted: '受理（{state}）',
    ineligible: '対象外',
  },
  en: {
    submitted: 'Submitted',
    returned: 'Returned for correction',
    resubmitted: 'Resubmitted',
    accepted: 'Accepted ({state})',
    ineligible: 'Ineligible',
  },
});
type Move = keyof (typeof texts)['ja'];

/**
 * The screening moves all stay inside 受付・形式審査: named by the state alone, a return and its resubmission read
 * as the same line three times. The move into a state is named from the state before it.
 */
function moveInto(state: string, before: string | undefined): Move | null {
  if (state === 'submitted.screening') return before === 'submitted.revisionRequested' ? 'resubmitted' : 'submitted';
  if (state === 'submitted.revisionRequested') return 'returned';
  if (state === 'closed.ineligible') return 'ineligible';
  if (before?.startsWith('submitted') && (state === 'review' || state === 'consultation')) return 'accepted';
  return null;
}

/** 経過: each move of a disclosed proposal, with its date. */
export function StatusHistory({ history }: { history: PublicProposalRecord['statusHistory'] }) {
  const t = useT(texts);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  return (
    <ol className="public-history">
      {history.map((entry, index) => {
        const { top, outcome } = stateKey(entry.state);
        const stateName = top ? p(top) : entry.state;
        const move = moveInto(entry.state, history[index - 1]?.state);
        return (
          <li key={index}>
            <time dateTime={entry.at}>{formatDate(entry.at, locale)}</time>{' '}
            {move ? t(move, { state: stateName }) : stateName}
            {outcome ? `（${p(outcome)}）` : ''}
          </li>
        );
      })}
    </ol>
  );
}
