import { useT } from '../../i18n/i18n';
import type { ProposalScores, Rubric } from '../../api/review-models';
import type { ProposalDetail } from '../reviewer/models';
import { ContinuationSection } from '../../proposal-workflow/continuation-section';
import { PartnershipMemorySection } from '../../proposal-workflow/partnership-memory-section';
import { AggregatePanel } from './aggregate-panel';
import { ConsensusForm } from './consensus-form';
import { DecisionForm } from './decision-form';
import type { AgendaItem, LiveSnapshot, Session } from './models';
import { SlotTimer } from './slot-timer';
import { committeeTexts } from './texts';

/** The agenda item under deliberation: timer, live aggregate, consensus, decision. */
export function AgendaItemView({
  session,
  item,
  proposal,
  scores,
  rubric,
  counts,
  onNextItem,
  canControl,
}: {
  session: Session;
  item: AgendaItem;
  proposal: ProposalDetail;
  scores: ProposalScores | undefined;
  rubric: Rubric | null;
  counts: LiveSnapshot['proposals'][number] | undefined;
  onNextItem?: () => void;
  /** The chair and the secretariat run the room's timer; the others see it. */
  canControl: boolean;
}) {
  const t = useT(committeeTexts);
  const result = scores?.stages[session.stage];
  const sheets = scores?.sheets.filter((s) => s.stage === session.stage).length ?? 0;
  const criteria = rubric?.criteria ?? [];
  // Once decided, the item says its decision: 審議中 beside a decided proposal read as if nothing had happened.
  // A provisional adoption (内定) is decided too: it waits for the budget, not for the committee.
  const outcome = /^decided\.(adoptedWithConditions|adopted|notAdopted|provisional)\b/.exec(proposal.state)?.[1] as
    'adopted' | 'adoptedWithConditions' | 'notAdopted' | 'provisional' | undefined;
  return (
    <section aria-labelledby="item-heading" className="agenda-item">
      <h2 id="item-heading">
        {proposal.title}{' '}
        {outcome ? (
          <span className="status status-good">{t('decisionMade', { state: t(`decision_${outcome}`) })}</span>
        ) : (
          <span className="status status-info">{t('current')}</span>
        )}
      </h2>
      <SlotTimer
        key={item.proposalId}
        session={session}
        itemIndex={session.agenda.indexOf(item)}
        canControl={canControl}
        onNextItem={onNextItem}
      />
      <AggregatePanel
        criteria={criteria}
        result={result}
        submitted={counts?.submitted ?? sheets}
        assigned={counts?.assigned ?? sheets}
      />
      {criteria.length > 0 ? (
        <ConsensusForm
          sessionId={session.id}
          proposalId={proposal.id}
          criteria={criteria}
          result={result}
          current={session.consensus.find((c) => c.proposalId === proposal.id)}
        />
      ) : null}
      <ContinuationSection proposalId={proposal.id} />
      <PartnershipMemorySection proposalId={proposal.id} />
      <DecisionForm sessionId={session.id} proposal={proposal} submittedSheets={counts?.submitted ?? sheets} />
    </section>
  );
}
