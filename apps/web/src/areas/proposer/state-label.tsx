import { useT } from '../../i18n/i18n';
import { StatusBadge } from '../../ui/components';
import { texts } from './texts';

type Key = keyof (typeof texts)['ja'];
type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info';

/** The machine's state path (e.g. submitted.screening) as a plain-language word and a tone. */
export function describeState(state: string): { key: Key; tone: Tone } {
  const has = (part: string) => state === part || state.startsWith(`${part}.`) || state.includes(`.${part}`);
  if (state === 'draft') return { key: 'stateDraft', tone: 'neutral' };
  if (has('revisionRequested')) return { key: 'stateRevision', tone: 'warn' };
  if (has('screening')) return { key: 'stateScreening', tone: 'info' };
  if (has('consultation')) return { key: 'stateConsultation', tone: 'info' };
  if (has('projectEvaluation')) return { key: 'stateProjectEvaluation', tone: 'warn' };
  if (has('review')) return { key: 'stateReview', tone: 'info' };
  if (has('jointEvaluation')) return { key: 'stateJoint', tone: 'info' };
  if (has('provisional')) return { key: 'stateProvisional', tone: 'info' };
  if (has('adoptedWithConditions')) return { key: 'stateConditions', tone: 'good' };
  if (has('notAdopted')) return { key: 'stateNotAdopted', tone: 'bad' };
  if (has('adopted')) return { key: 'stateAdopted', tone: 'good' };
  if (has('decided')) return { key: 'stateDecided', tone: 'info' };
  if (has('disclosed')) return { key: 'stateDisclosed', tone: 'good' };
  if (has('agreement')) return { key: 'stateAgreement', tone: 'info' };
  if (has('implementation')) return { key: 'stateImplementation', tone: 'good' };
  if (has('completed')) return { key: 'stateCompleted', tone: 'good' };
  if (has('withdrawn')) return { key: 'stateWithdrawn', tone: 'neutral' };
  if (has('ineligible')) return { key: 'stateIneligible', tone: 'bad' };
  if (has('expired')) return { key: 'stateExpired', tone: 'neutral' };
  return { key: 'stateOther', tone: 'neutral' };
}

export function StateBadge({ state }: { state: string }) {
  const t = useT(texts);
  const { key, tone } = describeState(state);
  return <StatusBadge tone={tone}>{t(key, { state })}</StatusBadge>;
}
