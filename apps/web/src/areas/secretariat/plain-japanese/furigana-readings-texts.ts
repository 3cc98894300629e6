import { defineMessages } from '../../../i18n/i18n';

export const furiganaReadingsTexts = defineMessages({
  ja: {
    title: 'ふりがなの読み方',
    intro:
      '公開ページの「ふりがなをつける」で表示する読み方を直します。ここに登録した言葉は、自動の読み方より優先されます（地名や「協働」のような言葉に使います）。',
    word: '言葉（漢字を含む）',
    reading: '読み方（ひらがな）',
    add: '言葉を追加',
    remove: '{word} を削除',
    removeEmpty: 'この行を削除',
    save: '保存する',
    saved: '保存しました。',
    none: '登録された読み方はありません。',
    errWord: '漢字を含む30字までの言葉を入力してください',
    errReading: '読み方をひらがなで入力してください',
    list: '登録した読み方',
  },
  en: {
    title: 'Furigana readings',
    intro:
      'Corrects the readings the public pages show with “Show furigana”. A word listed here takes this reading before the automatic one (place names, or words such as 協働).',
    word: 'Word (with kanji)',
    reading: 'Reading (hiragana)',
    add: 'Add a word',
    remove: 'Remove {word}',
    removeEmpty: 'Remove this row',
    save: 'Save',
    saved: 'Saved.',
    none: 'No reading registered.',
    errWord: 'Enter a word of up to 30 characters with kanji in it',
    errReading: 'Enter the reading in hiragana',
    list: 'Registered readings',
  },
});
