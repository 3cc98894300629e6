import { useNavigate } from 'react-router';
import { call } from '../../../api/client';
import { defineMessages, useLocale, useT } from '../../../i18n/i18n';
import { Async, PageTitle } from '../../../ui/components';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { CallDocumentsPanel } from '../components/call-documents-panel';
import { CallForm } from '../components/call-form';
import { CallNav } from '../components/console-nav';
import { RubricEditor } from '../components/rubric-editor';
import { ThemesPanel } from '../components/themes-panel';
import { callTitle } from '../data';

const texts = defineMessages({
  ja: { newTitle: '募集回を作成', editTitle: '募集回の設定：{title}', basics: '基本情報と日程' },
  en: { newTitle: 'New call', editTitle: 'Call settings: {title}', basics: 'Basics and dates' },
});

export function NewCallPage() {
  const t = useT(texts);
  const navigate = useNavigate();
  return (
    <section>
      <PageTitle>{t('newTitle')}</PageTitle>
      <CallForm onSaved={(saved) => void navigate(`/console/calls/${saved.id}`)} />
    </section>
  );
}

export function CallEditorPage({ callId }: { callId: string }) {
  const t = useT(texts);
  const { locale } = useLocale();
  const state = useApiQuery(keys.calls.one(callId), (signal) =>
    call('GET /api/v1/calls/{id}', { path: { id: callId }, signal }),
  );
  const client = useQueryClient();
  return (
    <Async state={state}>
      {(current) => (
        <section>
          <PageTitle>{t('editTitle', { title: callTitle(current, locale) })}</PageTitle>
          <CallNav callId={callId} />
          <section className="console-panel" aria-labelledby="basics-heading">
            <h2 id="basics-heading">{t('basics')}</h2>
            <CallForm
              existing={current}
              onSaved={(saved) => {
                client.setQueryData(keys.calls.one(callId), saved);
                void client.invalidateQueries({ queryKey: keys.calls.list() });
              }}
            />
          </section>
          <CallDocumentsPanel callId={callId} />
          <ThemesPanel callId={callId} />
          <RubricEditor callId={callId} />
        </section>
      )}
    </Async>
  );
}
