import { DomainError, type ErrorKind, type LocalizedText } from '@kyodo/platform';

export enum PlainJapaneseErrorCode {
  NotAllowed = 'plain_japanese_not_allowed',
  ReadingsNotAllowed = 'furigana_readings_not_allowed',
  VersionsNotAllowed = 'plain_japanese_versions_not_allowed',
  OriginalNotPublished = 'plain_japanese_original_not_published',
}

const MESSAGES: Record<PlainJapaneseErrorCode, [ErrorKind, LocalizedText]> = {
  [PlainJapaneseErrorCode.NotAllowed]: [
    'forbidden',
    {
      ja: 'やさしい日本語のチェックを使えるのは事務局と管理者です。',
      en: 'Only the secretariat and administrators can use the plain-Japanese checker.',
    },
  ],
  [PlainJapaneseErrorCode.ReadingsNotAllowed]: [
    'forbidden',
    {
      ja: 'ふりがなの読み方を直せるのは事務局と管理者です。',
      en: 'Only the secretariat and administrators can correct furigana readings.',
    },
  ],
  [PlainJapaneseErrorCode.VersionsNotAllowed]: [
    'forbidden',
    {
      ja: 'やさしい日本語版を書けるのは事務局と管理者です。',
      en: 'Only the secretariat and administrators can write plain-Japanese versions.',
    },
  ],
  [PlainJapaneseErrorCode.OriginalNotPublished]: [
    'conflict',
    {
      ja: 'この講評はまだ公開されていません。公開された講評にだけ、やさしい日本語版を書けます。',
      en: 'This comment is not published yet. A plain-Japanese version can be written only for a published comment.',
    },
  ],
};

export class PlainJapaneseError extends DomainError {
  constructor(code: PlainJapaneseErrorCode) {
    const [kind, text] = MESSAGES[code];
    super(code, kind, text);
  }
}
