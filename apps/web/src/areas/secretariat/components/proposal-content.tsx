import { defineMessages, formatNumber, useLocale, useT } from '../../../i18n/i18n';
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

function describe(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((item) => describe(item)).join('\n');
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${describe(v)}`)
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
            : describe(value);
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
