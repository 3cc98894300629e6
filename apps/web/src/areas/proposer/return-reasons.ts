import { fieldId } from './form-model';

/**
 * The secretariat writes its reasons as free text. A line that starts with a part's name ("事業の概要：…",
 * "予算: …", "summary: …") is shown beside that part; other lines stay in the general list at the top.
 */
const NAMES: Array<{ id: string; names: string[] }> = [
  { id: fieldId('title'), names: ['提案名', '事業名', 'title', 'proposal title'] },
  { id: fieldId('summary'), names: ['事業の概要', '概要', 'summary'] },
  { id: fieldId('activityFields'), names: ['活動分野', 'activityFields', 'fields of activity'] },
  { id: fieldId('contactName'), names: ['担当者', '連絡先', 'contactPerson', 'contact'] },
  { id: fieldId('background'), names: ['課題・地域ニーズ', '課題', '地域ニーズ', 'background'] },
  { id: fieldId('objectives'), names: ['事業の目的', '目的', 'objectives'] },
  { id: fieldId('requestedAmount'), names: ['負担金', '希望額', 'requestedAmount', 'requested amount'] },
  { id: fieldId('roles'), names: ['役割分担', 'roleSharing', 'role sharing'] },
  { id: fieldId('budget'), names: ['収支予算', '予算', 'budget'] },
  { id: fieldId('kpis'), names: ['成果指標', '成果目標', '指標', 'KPI', 'kpis'] },
  { id: fieldId('schedule'), names: ['実施スケジュール', 'スケジュール', '工程', 'schedule'] },
  {
    id: fieldId('organizationProfile'),
    names: ['団体の概要', '団体概要', 'organizationProfile', 'organisation', 'organization'],
  },
  { id: fieldId('attachments'), names: ['添付書類', '添付', 'attachments'] },
];

/** The web's reading of a return reason's free text (not an answer, so not from the document). */
export interface ReasonMap {
  byField: Record<string, string[]>;
  general: string[];
}

export function mapReasons(reason: string): ReasonMap {
  const result: ReasonMap = { byField: {}, general: [] };
  for (const raw of reason.split(/\r?\n/)) {
    const line = raw.replace(/^[\s・\-*●]+/, '').trim();
    if (!line) continue;
    const match = /^(?:【([^】]{1,20})】\s*[:：]?|([^:：]{1,20})[:：])\s*(.+)$/.exec(line);
    const name = (match?.[1] ?? match?.[2])?.trim().toLowerCase();
    const target = name ? NAMES.find((entry) => entry.names.some((n) => n.toLowerCase() === name)) : undefined;
    if (target && match) (result.byField[target.id] ??= []).push(match[3].trim());
    else result.general.push(line);
  }
  return result;
}
