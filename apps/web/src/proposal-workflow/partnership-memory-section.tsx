import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import { partnershipMemoryTexts } from './partnership-memory-texts';
import { PartnershipMemoryView } from './partnership-memory-view';

/** The API's answer while the blind rule hides the memory from a reviewer. */
const BLIND = 'partnership_memory_hidden_until_own_sheet_submitted';

/**
 * 協働の記録 on a staff page (secretariat, committee, reviewer). `submitted` is the reviewer's own sheet: when it goes
 * in, the memory is read again, since the blind rule lets it through from then on. On the reviewer's own sheet
 * (`blindUntilSubmitted`) it is not asked for before then: the API would refuse it, and the page knows why already.
 */
export function PartnershipMemorySection({
  proposalId,
  submitted = false,
  blindUntilSubmitted = false,
}: {
  proposalId: string;
  submitted?: boolean;
  blindUntilSubmitted?: boolean;
}) {
  const t = useT(partnershipMemoryTexts);
  const blind = blindUntilSubmitted && !submitted;
  const memory = useApiQuery(
    [...keys.proposals.partnershipMemory(proposalId), submitted],
    (signal) => call('GET /api/v1/proposals/{id}/partnership-memory', { path: { id: proposalId }, signal }),
    { retry: false, enabled: !blind },
  );
  if (blind || memory.error?.code === BLIND) {
    return (
      <section aria-labelledby="memory-heading" className="partnership-memory" data-testid="partnership-memory">
        <h2 id="memory-heading">{t('heading')}</h2>
        <p className="notice blind-notice" data-testid="memory-blind">
          {t('blind')}
        </p>
      </section>
    );
  }
  // Quiet while loading or when refused otherwise: the section adds to the page, the page does not wait for it.
  return memory.data ? <PartnershipMemoryView memory={memory.data} /> : null;
}
