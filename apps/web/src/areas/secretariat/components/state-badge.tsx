import { useT } from '../../../i18n/i18n';
import { StatusBadge } from '../../../ui/components';
import { stateKey, stateTexts, stateTone } from '../texts';

export function StateBadge({ state }: { state: string }) {
  const t = useT(stateTexts);
  return <StatusBadge tone={stateTone(state)}>{t(stateKey(state))}</StatusBadge>;
}
