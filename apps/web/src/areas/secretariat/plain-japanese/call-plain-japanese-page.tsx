import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { Async, PageTitle, ProblemMessage, TextArea } from '../../../ui/components';
import { CallNav } from '../components/console-nav';
import { callPlainJapaneseTexts } from './call-plain-japanese-texts';
import { Findings } from './plain-japanese-page';
import { useVersionEditor } from './use-version-editor';

type Version = Schema<'CallPlainJapanese'>;

/** The やさしい日本語 version of a call's description: written beside the original, checked, saved and published. */
export function CallPlainJapanesePage({ callId }: { callId: string }) {
  const t = useT(callPlainJapaneseTexts);
  const state = useApiQuery(keys.callPlainJapanese(callId), (signal) =>
    call('GET /api/v1/calls/{id}/plain-japanese', { path: { id: callId }, signal }),
  );
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <CallNav callId={callId} />
      <p>{t('intro')}</p>
      <Async state={state}>{(version) => <VersionForm callId={callId} version={version} />}</Async>
    </section>
  );
}

function VersionForm({ callId, version }: { callId: string; version: Version }) {
  const t = useT(callPlainJapaneseTexts);
  const { locale } = useLocale();
  const invalidate = useInvalidate();
  const { register, handleSubmit, getValues, formState } = useForm<{ text: string }>({
    defaultValues: { text: version.text ?? '' },
  });
  const [findings, setFindings] = useState<Schema<'PlainJapaneseCheck'>>();
  const { notice, failure, attempt, checkText } = useVersionEditor();

  const check = () =>
    attempt(async () => {
      setFindings(await checkText(getValues('text')));
    });
  const save = ({ text }: { text: string }) =>
    attempt(async () => {
      const saved = await call('PUT /api/v1/calls/{id}/plain-japanese', { path: { id: callId }, body: { text } });
      await invalidate(keys.callPlainJapanese(callId), keys.public.all);
      return saved.text === null ? t('withdrawn') : t('saved');
    });

  return (
    <>
      <section className="console-panel" aria-labelledby="plain-original-heading">
        <h2 id="plain-original-heading">{t('original')}</h2>
        {version.original ? (
          <p id="plain-original" lang="ja" className="plain-original">
            {version.original}
          </p>
        ) : (
          <p>{t('noOriginal')}</p>
        )}
      </section>
      <form className="console-panel" onSubmit={handleSubmit(save)} noValidate>
        <TextArea id="plain-version" label={t('text')} hint={t('textHint')} lang="ja" rows={8} {...register('text')} />
        {version.updatedAt ? (
          <p className="meta">{t('updatedAt', { at: formatDate(version.updatedAt, locale, true) })}</p>
        ) : null}
        <p>
          <button
            id="plain-version-check"
            type="button"
            className="button button-secondary"
            onClick={() => void check()}
          >
            {t('check')}
          </button>{' '}
          <button id="plain-version-save" type="submit" className="button" disabled={formState.isSubmitting}>
            {t('save')}
          </button>
        </p>
        {failure ? <ProblemMessage error={failure} /> : null}
        <div role="status" aria-live="polite">
          {notice ? <p>{notice}</p> : null}
        </div>
      </form>
      {findings ? (
        <section className="console-panel" aria-live="polite">
          <Findings result={findings} />
        </section>
      ) : null}
    </>
  );
}
