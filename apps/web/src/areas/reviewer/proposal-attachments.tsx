import { call, callRaw } from '../../api/client';
import type { Schema } from '../../api/models';
import { formatNumber, useLocale, useT } from '../../i18n/i18n';
import { saveResponse } from '../../ui/download';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { reviewerTexts } from './texts';

type Attachment = Schema<'Attachment'>;

/** The proposal's attached documents (事業計画書, 収支予算書 …), each downloadable beside the sheet. */
export function ProposalAttachments({ proposalId }: { proposalId: string }) {
  const t = useT(reviewerTexts);
  const { locale } = useLocale();
  // A reviewer who may not list them simply sees none: the sheet does not depend on them.
  const list = useApiQuery([...keys.proposals.attachments(proposalId), 'reviewer'], (signal) =>
    call('GET /api/v1/proposals/{id}/attachments', { path: { id: proposalId }, signal }).catch((): Attachment[] => []),
  );
  const items = list.data ?? [];
  if (items.length === 0) return null;
  const download = async (item: Attachment) => {
    const response = await callRaw('GET /api/v1/proposals/{id}/attachments/{attachmentId}', {
      path: { id: proposalId, attachmentId: item.id },
    });
    await saveResponse(response, item.filename);
  };
  return (
    <>
      <h3>{t('attachments')}</h3>
      <ul className="review-attachments">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="linklike" onClick={() => void download(item)}>
              {item.filename}
            </button>{' '}
            <span className="meta">
              ({t('kilobytes', { size: formatNumber(Math.max(1, Math.round(item.sizeBytes / 1024)), locale) })})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
