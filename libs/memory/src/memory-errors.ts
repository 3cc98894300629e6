import { DomainError, type ErrorKind, type LocalizedText } from '@kyodo/platform';

export enum MemoryErrorCode {
  NotAllowed = 'partnership_memory_not_allowed',
  BlindUntilSubmitted = 'partnership_memory_hidden_until_own_sheet_submitted',
  GroupNotFound = 'track_record_group_not_found',
}

const MESSAGES: Record<MemoryErrorCode, [ErrorKind, LocalizedText]> = {
  [MemoryErrorCode.NotAllowed]: [
    'forbidden',
    {
      ja: '協働の記録は、事務局・審査委員会・採点を終えた審査員だけが見られます。',
      en: 'The partnership memory is for the secretariat, the committee and reviewers who have submitted their sheet.',
    },
  ],
  [MemoryErrorCode.BlindUntilSubmitted]: [
    'forbidden',
    {
      ja: '自分の採点票を提出するまで、この提案の協働の記録は表示されません（採点に先入観を与えないため）。',
      en: 'The partnership memory of this proposal is hidden until you submit your own score sheet, so it cannot bias your scoring.',
    },
  ],
  [MemoryErrorCode.GroupNotFound]: [
    'not_found',
    {
      ja: '公開された協働の実績がある団体が見つかりません。',
      en: 'No group with a published track record was found.',
    },
  ],
};

/** The partnership memory's refusals, each with a stable code and its ja/en text. */
export class MemoryError extends DomainError {
  constructor(code: MemoryErrorCode, extensions: Record<string, unknown> = {}) {
    const [kind, text] = MESSAGES[code];
    super(code, kind, text, extensions);
  }
}
