import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { defineMessages, useT } from '../../../i18n/i18n';
import { Async, ProblemMessage, TextField } from '../../../ui/components';
import { CallDocuments } from '../../../ui/call-documents';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { downloadCallDocument } from '../../../ui/call-document-download';

const texts = defineMessages({
  ja: {
    heading: '募集要項・様式の掲載',
    intro:
      '募集要項や提案書の様式を掲載します。PDF・Word・Excel（マクロなし）で、受付開始日から公開ページにも表示されます。',
    title: '資料の名前',
    titleHint: '例：募集要項、提案書様式、収支予算書様式',
    file: 'ファイル',
    upload: '掲載する',
    uploading: '送信中…',
    uploaded: '「{title}」を掲載しました。',
    remove: '「{title}」を削除',
    removed: '「{title}」を削除しました。',
    errTitle: '資料の名前を入力してください',
    errFile: 'ファイルを選んでください',
  },
  en: {
    heading: 'Guidelines and forms',
    intro:
      'Put the call guidelines and proposal forms here: PDF, Word or Excel (no macros). The public page shows them from the day the call opens.',
    title: 'Name of the document',
    titleHint: 'e.g. Call guidelines, Proposal form, Budget form',
    file: 'File',
    upload: 'Upload',
    uploading: 'Sending…',
    uploaded: '“{title}” is now on the call.',
    remove: 'Remove “{title}”',
    removed: '“{title}” removed.',
    errTitle: 'Enter the name of the document',
    errFile: 'Choose a file',
  },
});

/** The call's 募集要項 and forms in the secretariat's call editor: the list, removal, and an upload with a title. */
export function CallDocumentsPanel({ callId }: { callId: string }) {
  const t = useT(texts);
  const state = useApiQuery(keys.calls.documents(callId), (signal) =>
    call('GET /api/v1/calls/{id}/documents', { path: { id: callId }, signal }),
  );
  const invalidate = useInvalidate();
  const file = useRef<HTMLInputElement | null>(null);
  const { register, handleSubmit, reset, formState } = useForm<{ title: string }>({ defaultValues: { title: '' } });
  const [fileMissing, setFileMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const [message, setMessage] = useState('');

  const upload = async ({ title }: { title: string }) => {
    const chosen = file.current?.files?.[0];
    setMessage('');
    setFailure(undefined);
    setFileMissing(!chosen);
    if (!chosen) return;
    try {
      await call('POST /api/v1/calls/{id}/documents', {
        path: { id: callId },
        query: { title: title.trim(), filename: chosen.name },
        body: chosen,
      });
      reset();
      if (file.current) file.current.value = '';
      setMessage(t('uploaded', { title: title.trim() }));
      await invalidate(keys.calls.documents(callId));
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };

  const remove = async (documentId: string, title: string) => {
    setMessage('');
    setFailure(undefined);
    try {
      await call('DELETE /api/v1/calls/{id}/documents/{documentId}', { path: { id: callId, documentId } });
      setMessage(t('removed', { title }));
      await invalidate(keys.calls.documents(callId));
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };

  const titleError = formState.errors.title?.message;
  return (
    <section className="console-panel" aria-labelledby="call-documents-heading">
      <h2 id="call-documents-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <Async state={state}>
        {(documents) => (
          <CallDocuments
            documents={documents}
            onDownload={(d) => void downloadCallDocument(callId, d)}
            actions={(d) => (
              <button type="button" className="button button-secondary" onClick={() => void remove(d.id, d.title)}>
                {t('remove', { title: d.title })}
              </button>
            )}
          />
        )}
      </Async>
      <form onSubmit={handleSubmit(upload)} noValidate className="console-inline-form" id="call-document-form">
        {failure ? <ProblemMessage error={failure} /> : null}
        <TextField
          id="call-document-title"
          label={t('title')}
          hint={t('titleHint')}
          required
          error={titleError}
          {...register('title', { validate: (v) => (v.trim() ? true : t('errTitle')) })}
        />
        <div className={fileMissing ? 'field field-invalid' : 'field'}>
          <label htmlFor="call-document-file" className="field-label">
            {t('file')}
          </label>
          {fileMissing ? (
            <p id="call-document-file-error" className="field-error">
              {t('errFile')}
            </p>
          ) : null}
          <input
            ref={file}
            id="call-document-file"
            type="file"
            className="input"
            accept=".pdf,.docx,.xlsx,application/pdf"
            aria-describedby={fileMissing ? 'call-document-file-error' : undefined}
            aria-invalid={fileMissing || undefined}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('uploading') : t('upload')}
        </button>
        <p role="status" aria-live="polite">
          {message}
        </p>
      </form>
    </section>
  );
}
