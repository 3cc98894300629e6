import { useState } from 'react';
import { call } from '../../../api/client';
import { defineMessages, useT } from '../../../i18n/i18n';
import { Async, PageTitle, Select } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { LanguageSelect } from '../components/language-select';

/** The message catalogue's templates (the API previews any of them; it has no list of their names). */
const TEMPLATES = [
  'proposal.submitted',
  'proposal.received',
  'proposal.resubmitted',
  'proposal.returned',
  'proposal.accepted',
  'proposal.ineligible',
  'review.assigned',
  'reminder.submission',
  'reminder.review',
  'session.invitation',
  'reminder.session',
  'proposal.decided',
  'proposal.published',
  'evaluation.requested',
] as const;

const texts = defineMessages({
  ja: {
    title: '通知文面の確認',
    intro: 'サンプルの内容で、送られる通知の文面を確認できます。',
    template: '通知の種類',
    preview: 'プレビュー',
    subject: '件名',
    body: '本文',
    category: '分類',
    required: '必ず送られる通知',
  },
  en: {
    title: 'Notification templates',
    intro: 'See the text of each notification, filled with sample data.',
    template: 'Notification',
    preview: 'Preview',
    subject: 'Subject',
    body: 'Text',
    category: 'Category',
    required: 'Always sent',
  },
});

export function TemplatesPage() {
  const t = useT(texts);
  const [template, setTemplate] = useState<string>(TEMPLATES[0]);
  const [locale, setLocale] = useState<'ja' | 'en'>('ja');
  const state = useApiQuery([...keys.admin.templates(), template, locale], (signal) =>
    call('GET /api/v1/notification-templates/{template}/preview', { path: { template }, query: { locale }, signal }),
  );
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <div className="filters">
        <Select id="template-name" label={t('template')} value={template} onChange={(e) => setTemplate(e.target.value)}>
          {TEMPLATES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
        <LanguageSelect id="template-locale" value={locale} onChange={setLocale} />
      </div>
      <section className="console-panel" aria-labelledby="preview-heading" aria-live="polite">
        <h2 id="preview-heading">{t('preview')}</h2>
        <Async state={state}>
          {(preview) => (
            <dl className="pairs" lang={preview.locale}>
              <dt>{t('subject')}</dt>
              <dd id="template-subject">{preview.subject}</dd>
              <dt>{t('category')}</dt>
              <dd>
                {preview.category}
                {preview.required ? `（${t('required')}）` : ''}
              </dd>
              <dt>{t('body')}</dt>
              <dd className="preserve-lines" id="template-text">
                {preview.text}
              </dd>
            </dl>
          )}
        </Async>
      </section>
    </section>
  );
}
