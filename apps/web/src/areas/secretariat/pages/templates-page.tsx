import { useState } from 'react';
import { call } from '../../../api/client';
import { defineMessages, useLocale, useT } from '../../../i18n/i18n';
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
  'condition.follow_up',
  'progress_report.submitted',
  'progress_report.accepted',
  'progress_report.returned',
  'plan_change.requested',
  'plan_change.approved',
  'plan_change.returned',
  'results_report.submitted',
  'results_report.accepted',
  'results_report.returned',
] as const;
type Template = (typeof TEMPLATES)[number];

/** Each notice by what it tells and to whom; the catalogue's key stays beside it for the people who support it. */
const NAMES: Record<Template, { ja: string; en: string }> = {
  'proposal.submitted': { ja: '新しい提案の提出（事務局あて）', en: 'New proposal (to the secretariat)' },
  'proposal.received': { ja: '受付のお知らせ（提案者あて）', en: 'Receipt (to the proposer)' },
  'proposal.resubmitted': { ja: '再提出（事務局あて）', en: 'Resubmission (to the secretariat)' },
  'proposal.returned': { ja: '修正依頼', en: 'Returned for correction' },
  'proposal.accepted': { ja: '形式審査の通過', en: 'Passed the screening' },
  'proposal.ineligible': { ja: '対象外の通知', en: 'Ineligible' },
  'review.assigned': { ja: '審査担当の割り当て', en: 'Review assigned' },
  'reminder.submission': { ja: '提出締切のリマインダー', en: 'Submission deadline reminder' },
  'reminder.review': { ja: '採点締切のリマインダー', en: 'Scoring deadline reminder' },
  'session.invitation': { ja: '合同評価会議のご案内', en: 'Session invitation' },
  'reminder.session': { ja: '合同評価会議の前日のお知らせ', en: 'Session reminder (the day before)' },
  'proposal.decided': { ja: '審査結果のお知らせ', en: 'Decision' },
  'proposal.published': { ja: '審査結果の公表', en: 'Result published' },
  'evaluation.requested': { ja: '事業評価（自己評価）のお願い', en: 'Self-evaluation requested' },
  'condition.follow_up': { ja: '採択条件への対応の確認', en: 'Conditions follow-up' },
  'progress_report.submitted': { ja: '中間報告の提出（事務局あて）', en: 'Progress report filed (to the secretariat)' },
  'progress_report.accepted': { ja: '中間報告の受理', en: 'Progress report accepted' },
  'progress_report.returned': { ja: '中間報告の差し戻し', en: 'Progress report returned' },
  'plan_change.requested': { ja: '計画変更の申請（事務局あて）', en: 'Plan change requested (to the secretariat)' },
  'plan_change.approved': { ja: '計画変更の承認', en: 'Plan change approved' },
  'plan_change.returned': { ja: '計画変更の差し戻し', en: 'Plan change returned' },
  'results_report.submitted': { ja: '実績報告の提出（事務局あて）', en: 'Results report filed (to the secretariat)' },
  'results_report.accepted': { ja: '実績報告の受理', en: 'Results report accepted' },
  'results_report.returned': { ja: '実績報告の差し戻し', en: 'Results report returned' },
};

const CATEGORIES: Record<string, { ja: string; en: string }> = {
  submission: { ja: '提出・受付', en: 'Submission and receipt' },
  screening: { ja: '形式審査', en: 'Formal screening' },
  assignment: { ja: '審査の割り当て', en: 'Review assignments' },
  reminder: { ja: '締切のリマインダー', en: 'Reminders' },
  session: { ja: '会議のご案内', en: 'Meeting notices' },
  decision: { ja: '審査結果', en: 'Decisions' },
  publication: { ja: '結果の公表', en: 'Publication of results' },
  evaluation: { ja: '事業評価', en: 'Project evaluation' },
  condition: { ja: '採択条件', en: 'Conditions of adoption' },
  implementation: { ja: '実施中の報告・計画変更', en: 'Reports and plan changes during the project' },
  status: { ja: '状況の変化', en: 'Status changes' },
};

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
    named: '{name}（{key}）',
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
    named: '{name} ({key})',
  },
});

export function TemplatesPage() {
  const t = useT(texts);
  const ui = useLocale().locale;
  const [template, setTemplate] = useState<Template>(TEMPLATES[0]);
  const category = (key: string) => (CATEGORIES[key] ? t('named', { name: CATEGORIES[key][ui], key }) : key);
  const [locale, setLocale] = useState<'ja' | 'en'>('ja');
  const state = useApiQuery([...keys.admin.templates(), template, locale], (signal) =>
    call('GET /api/v1/notification-templates/{template}/preview', { path: { template }, query: { locale }, signal }),
  );
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <div className="filters">
        <Select
          id="template-name"
          label={t('template')}
          value={template}
          onChange={(e) => setTemplate(e.target.value as Template)}
        >
          {TEMPLATES.map((name) => (
            <option key={name} value={name}>
              {t('named', { name: NAMES[name][ui], key: name })}
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
                {category(preview.category)}
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
