import type { ProposalView } from './proposal-reads';
import { useT } from '../i18n/i18n';
import { DiffValue } from './diff-value';
import { versionsTexts } from './versions-texts';

/** The parts of a proposal a partner department weighs, in the order of the proposal form. */
const FIELDS = [
  'summary',
  'background',
  'objectives',
  'kpis',
  'roleSharing',
  'budget',
  'requestedAmount',
  'schedule',
  'organizationProfile',
] as const;

/** A submitted proposal's content, part by part, for a reader outside the proposing organisation. */
export function ProposalFields({ proposal }: { proposal: ProposalView }) {
  const t = useT(versionsTexts);
  const content = proposal.content as Record<string, unknown>;
  return (
    <dl className="proposal-content">
      {FIELDS.map((field) => (
        <div key={field}>
          <dt>{t(`field_${field}`)}</dt>
          <dd>
            <DiffValue field={field} value={content[field]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
