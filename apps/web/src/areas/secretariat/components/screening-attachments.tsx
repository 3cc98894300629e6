import { useState } from 'react';
import { call, callRaw } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { defineMessages, formatDate, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, ProblemMessage } from '../../../ui/components';
import { saveResponse } from '../../../ui/download';

const texts = defineMessages({
  ja: {
    attachments: '添付書類',
    none: '添付書類はありません。',
    name: 'ファイル名',
    size: '大きさ',
    uploaded: '添付日時',
    kilobytes: '{size} KB',
  },
  en: {
    attachments: 'Attached documents',
    none: 'No documents are attached.',
    name: 'File name',
    size: 'Size',
    uploaded: 'Attached on',
    kilobytes: '{size} KB',
  },
});

interface Attachment {
  id: string;
  filename: string;
  sizeBytes: number;
  uploadedAt: string;
}

/** The documents attached to the proposal (事業計画書, 収支予算書 …): screening checks them with the text. */
export function ScreeningAttachments({ proposalId }: { proposalId: string }) {
  const t = useT(texts);
  const { locale } = useLocale();
  const [problem, setProblem] = useState<ApiError>();
  const list = useApiQuery(
    keys.proposals.attachments(proposalId),
    async (signal) =>
      (await call('GET /api/v1/proposals/{id}/attachments', { path: { id: proposalId }, signal })) as Attachment[],
  );
  const download = async (id: string, filename: string) => {
    setProblem(undefined);
    try {
      const response = await callRaw('GET /api/v1/proposals/{id}/attachments/{attachmentId}', {
        path: { id: proposalId, attachmentId: id },
      });
      await saveResponse(response, filename);
    } catch (error) {
      if (error instanceof ApiError) setProblem(error);
      else throw error;
    }
  };
  return (
    <section aria-labelledby="attachments-heading">
      <h3 id="attachments-heading">{t('attachments')}</h3>
      <Async state={list}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <div className="table-scroll">
              <table id="screening-attachments">
                <caption className="visually-hidden">{t('attachments')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col" className="number">
                      {t('size')}
                    </th>
                    <th scope="col">{t('uploaded')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.id}>
                      <td>
                        <button
                          type="button"
                          className="linklike"
                          onClick={() => void download(item.id, item.filename)}
                        >
                          {item.filename}
                        </button>
                      </td>
                      <td className="number">
                        {t('kilobytes', {
                          size: formatNumber(Math.max(1, Math.round(item.sizeBytes / 1024)), locale),
                        })}
                      </td>
                      <td>{formatDate(item.uploadedAt, locale, true)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
      {problem ? <ProblemMessage error={problem} /> : null}
    </section>
  );
}
