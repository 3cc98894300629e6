import { defineMessages, formatNumber, type Translate, useLocale, useT } from '../../../i18n/i18n';
import type { Proposal } from '../models';
import { ContentTable } from '../../../ui/proposal-tables';

export const contentTexts = defineMessages({
  ja: {
    summary: '事業の概要',
    background: '背景・課題',
    objectives: '目的',
    kpis: '成果指標',
    roleSharing: '役割分担',
    budget: '収支予算',
    requestedAmount: '負担金の希望額',
    schedule: '実施スケジュール',
    organizationProfile: '団体の概要',
    contactPerson: '連絡先',
    empty: '（未記入）',
    yen: '{amount}円',
    name: '氏名',
    email: 'メール',
    phone: '電話',
    representative: '代表者',
    founded: '設立',
    members: '会員数',
    activities: '活動内容',
    labelled: '{label}：{value}',
  },
  en: {
    summary: 'Summary',
    background: 'Background',
    objectives: 'Objectives',
    kpis: 'Indicators',
    roleSharing: 'Role sharing',
    budget: 'Budget',
    requestedAmount: 'Requested amount',
    schedule: 'Schedule',
    organizationProfile: 'Organisation',
    contactPerson: 'Contact',
    empty: '(empty)',
    yen: '¥{amount}',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    representative: 'Representative',
    founded: 'Founded',
    members: 'Members',
    activities: 'Activities',
    labelled: '{label}: {value}',
  },
});

export const CONTENT_FIELDS = [
  'summary',
  'background',
  'objectives',
  'kpis',
  'roleSharing',
  'budget',
  'requestedAmount',
  'schedule',
  'organizationProfile',
  'contactPerson',
] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

type ContentKey = keyof (typeof contentTexts)['ja'];

/** A section's value as text; an object's fields under their names in the reader's language (氏名：…), not the data's keys. */
function describe(value: unknown, t: Translate<ContentKey>): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((item) => describe(item, t)).join('\n');
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => t('labelled', { label: k in contentTexts.ja ? t(k as ContentKey) : k, value: describe(v, t) }))
    .join(' / ');
}

/** The proposal's submitted content, section by section, as the screener reads it. */
export function ProposalContent({ proposal }: { proposal: Proposal }) {
  const t = useT(contentTexts);
  const { locale } = useLocale();
  return (
    <dl className="proposal-content">
      {CONTENT_FIELDS.map((field) => {
        const value = proposal.content[field];
        const text =
          field === 'requestedAmount' && typeof value === 'number'
            ? t('yen', { amount: formatNumber(value, locale) })
            : describe(value, t);
        const tabular = Array.isArray(value) && value.length > 0 && typeof value[0] === 'object';
        return (
          <div key={field}>
            <dt>{t(field)}</dt>
            <dd className="preserve-lines">
              {tabular ? (
                <ContentTable field={field} rows={value as Array<Record<string, unknown>>} />
              ) : (
                text || t('empty')
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
