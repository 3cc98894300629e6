import { defineMessages } from '../../../i18n/i18n';

/** Texts of the platform operator's page: the municipalities this deployment hosts, and registering one. */
export const municipalityTexts = defineMessages({
  ja: {
    platformNav: '運営管理メニュー',
    navMunicipalities: '自治体の管理',
    title: '自治体の管理',
    intro:
      'このシステムで協働事業提案制度を運営する自治体の一覧です。自治体を登録すると、その自治体の領域ができ、活動分野には特定非営利活動促進法の20分野が入ります。',
    caption: '登録されている自治体（自治体コード順）',
    none: '登録されている自治体はまだありません。',
    nameJaHint: '200文字まで（例：鎌倉市）。',
    nameEnHint: '英語の画面と英語の通知で使います。200文字まで（例：Kamakura City）。',
    code: '自治体コード',
    codeHint:
      '半角の英小文字・数字・ハイフン（-）で2〜32文字（大文字や空白は使えません）。全国地方公共団体コード（例：142042）がおすすめです。公開ページのアドレスに使われ、ほかの自治体と同じものは使えず、登録後は変えられません。',
    namesCommittee: '評価結果での委員名の公表',
    namesCommitteeHint: '公表する評価結果（講評）に、評価委員会の委員の氏名を載せるかどうかです。',
    namesCommitteeNo: '載せない',
    namesCommitteeYes: '載せる',
    namedColumn: '委員名の公表',
    named: '公表する',
    unnamed: '公表しない',
    createdAt: '登録日',
    add: '自治体を登録',
    added: '自治体「{name}」（{code}）を登録しました。',
    errCode: '自治体コードは半角の英小文字・数字・ハイフン（-）で2〜32文字にしてください。',
    errCodeTaken: 'この自治体コードはすでに登録されています。',
    errNameLength: '{label}は1〜200文字で入力してください。',
  },
  en: {
    platformNav: 'Platform administration menu',
    navMunicipalities: 'Municipalities',
    title: 'Municipalities',
    intro:
      'The municipalities that run their collaborative-project proposal scheme on this system. Registering one creates its own space, with the 20 activity fields of the NPO Act to start with.',
    caption: 'Registered municipalities (by code)',
    none: 'No municipality is registered yet.',
    nameJaHint: 'Up to 200 characters (e.g. 鎌倉市).',
    nameEnHint: 'Shown on English pages and in English notifications. Up to 200 characters (e.g. Kamakura City).',
    code: 'Municipality code',
    codeHint:
      '2 to 32 lower-case letters, digits and hyphens (-); no capitals or spaces. The local government code (e.g. 142042) is a good choice. It appears in public page addresses, must differ from every other municipality’s and cannot be changed later.',
    namesCommittee: 'Committee names in assessments',
    namesCommitteeHint: 'Whether published assessments (講評) name the members of the evaluation committee.',
    namesCommitteeNo: 'Do not name them',
    namesCommitteeYes: 'Name them',
    namedColumn: 'Committee named',
    named: 'Named',
    unnamed: 'Not named',
    createdAt: 'Registered on',
    add: 'Register the municipality',
    added: 'The municipality “{name}” ({code}) is registered.',
    errCode: 'The code must be 2 to 32 lower-case letters, digits and hyphens (-).',
    errCodeTaken: 'This municipality code is already registered.',
    errNameLength: '{label} must be 1 to 200 characters long.',
  },
});
