/**
 * The 20 fields of activity of the NPO Act (特定非営利活動促進法 別表), the
 * default list of every municipality. A municipality may configure its own.
 */
export const NPO_ACT_ACTIVITY_FIELDS: ReadonlyArray<{ key: string; ja: string; en: string }> = [
  { key: 'health_welfare', ja: '保健、医療又は福祉の増進を図る活動', en: 'Health, medical care or welfare' },
  { key: 'social_education', ja: '社会教育の推進を図る活動', en: 'Social education' },
  { key: 'community_development', ja: 'まちづくりの推進を図る活動', en: 'Community development' },
  { key: 'tourism', ja: '観光の振興を図る活動', en: 'Tourism' },
  {
    key: 'rural_development',
    ja: '農山漁村又は中山間地域の振興を図る活動',
    en: 'Rural, fishing and mountain communities',
  },
  {
    key: 'culture_arts_sports',
    ja: '学術、文化、芸術又はスポーツの振興を図る活動',
    en: 'Science, culture, arts or sports',
  },
  { key: 'environment', ja: '環境の保全を図る活動', en: 'Environmental conservation' },
  { key: 'disaster_relief', ja: '災害救援活動', en: 'Disaster relief' },
  { key: 'community_safety', ja: '地域安全活動', en: 'Community safety' },
  { key: 'human_rights_peace', ja: '人権の擁護又は平和の推進を図る活動', en: 'Human rights or peace' },
  { key: 'international_cooperation', ja: '国際協力の活動', en: 'International cooperation' },
  { key: 'gender_equality', ja: '男女共同参画社会の形成の促進を図る活動', en: 'Gender equality' },
  { key: 'child_development', ja: '子どもの健全育成を図る活動', en: 'Sound development of children' },
  { key: 'information_society', ja: '情報化社会の発展を図る活動', en: 'Information society' },
  { key: 'science_technology', ja: '科学技術の振興を図る活動', en: 'Science and technology' },
  { key: 'economic_activity', ja: '経済活動の活性化を図る活動', en: 'Economic activity' },
  {
    key: 'employment_support',
    ja: '職業能力の開発又は雇用機会の拡充を支援する活動',
    en: 'Vocational skills or employment opportunities',
  },
  { key: 'consumer_protection', ja: '消費者の保護を図る活動', en: 'Consumer protection' },
  {
    key: 'npo_support',
    ja: '前各号に掲げる活動を行う団体の運営又は活動に関する連絡、助言又は援助の活動',
    en: 'Liaison, advice or support for organisations active in the above fields',
  },
  {
    key: 'ordinance_designated',
    ja: '前各号に掲げる活動に準ずる活動として都道府県又は指定都市の条例で定める活動',
    en: 'Activities designated by prefectural or designated-city ordinance',
  },
];
