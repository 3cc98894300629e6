import { useId, useRef, useState } from 'react';
import { ApiError } from '../../../api/problem';
import { formatDate, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { Async, ProblemMessage } from '../../../ui/components';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { fieldId } from '../form-model';
import type { Attachment } from '../models';
import { formTexts } from '../form-texts';
import { api } from '../proposer-api';
import { ReasonNote } from './form-context';

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
};

export function formatBytes(bytes: number, locale: 'ja' | 'en'): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

/** 添付書類: the list with type and size, and an upload and a remove when the proposal may still change. */
export function Attachments({
  proposalId,
  editable,
  reasons = [],
}: {
  proposalId: string;
  editable: boolean;
  reasons?: string[];
}) {
  const t = useT(formTexts);
  const { locale } = useLocale();
  const list = useApiQuery(keys.proposals.attachments(proposalId), (signal) => api.attachments(proposalId, signal));
  const invalidate = useInvalidate();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const [missing, setMissing] = useState(false);
  const [removing, setRemoving] = useState<Attachment>();

  const upload = async () => {
    const file = input.current?.files?.[0];
    setDone('');
    setError(undefined);
    setMissing(!file);
    if (!file) return;
    setBusy(true);
    try {
      await api.attach(proposalId, file);
      setDone(t('attachDone', { name: file.name }));
      if (input.current) input.current.value = '';
      await invalidate(keys.proposals.attachments(proposalId));
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (item: Attachment) => {
    setDone('');
    setError(undefined);
    setBusy(true);
    try {
      await api.detach(proposalId, item.id);
      setDone(t('attachRemoved', { name: item.filename }));
      await invalidate(keys.proposals.attachments(proposalId));
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
      setRemoving(undefined);
    }
  };

  return (
    <div>
      <ReasonNote reasons={reasons} />
      <Async state={list}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('attachNone')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('stepAttachments')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('attachName')}</th>
                    <th scope="col">{t('attachType')}</th>
                    <th scope="col" className="number">
                      {t('attachSize')}
                    </th>
                    {editable ? <th scope="col">{t('actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.id}>
                      <td>
                        {item.filename}
                        <span className="meta"> {formatDate(item.uploadedAt, locale, true)}</span>
                      </td>
                      <td>{TYPE_NAMES[item.contentType] ?? item.contentType}</td>
                      <td className="number">{formatBytes(item.sizeBytes, locale)}</td>
                      {editable ? (
                        <td>
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            disabled={busy}
                            onClick={() => setRemoving(item)}
                          >
                            {t('attachRemove')}
                            <span className="visually-hidden">: {item.filename}</span>
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
      {editable ? (
        <div className={missing ? 'field field-invalid' : 'field'}>
          <label htmlFor={fieldId('attachments')} className="field-label">
            {t('attachFile')}
          </label>
          <p id={hintId} className="field-hint">
            {t('attachIntro')}
          </p>
          {missing ? (
            <p id={`${hintId}-error`} className="field-error">
              {t('attachChoose')}
            </p>
          ) : null}
          <input
            ref={input}
            id={fieldId('attachments')}
            type="file"
            className="input"
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,application/pdf,image/png,image/jpeg"
            aria-describedby={missing ? `${hintId} ${hintId}-error` : hintId}
          />
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void upload()}>
            {busy ? t('attachUploading') : t('attachUpload')}
          </button>
        </div>
      ) : null}
      {editable ? (
        <ConfirmDialog
          open={removing !== undefined}
          title={t('attachRemoveTitle', { name: removing?.filename ?? '' })}
          confirmLabel={t('attachRemoveConfirm')}
          danger
          busy={busy}
          onConfirm={() => {
            if (removing) void remove(removing);
          }}
          onCancel={() => setRemoving(undefined)}
        >
          <p>{t('attachRemoveBody')}</p>
        </ConfirmDialog>
      ) : null}
      <p role="status" aria-live="polite" className="autosave">
        {done}
      </p>
      {error ? <ProblemMessage error={error} /> : null}
    </div>
  );
}
