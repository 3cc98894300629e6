/** A complete proposal body in Japanese, as a citizen group would write it. Override any part. */
export function completeProposalContent(overrides: Record<string, unknown> = {}) {
  return {
    summary: '子どもから高齢者までが集う地域食堂を週2回開き、孤食の解消と多世代交流を進める。',
    background: '共働き世帯とひとり暮らし高齢者が増え、地域で食卓を囲む機会が減っている。',
    objectives: '地域の誰もが気軽に立ち寄れる居場所をつくり、見守りの輪を広げる。',
    kpis: [
      { kind: 'outcome', name: '食堂の延べ利用者数', unit: '人', baseline: 0, target: 1200 },
      { kind: 'activity', name: '開催回数', unit: '回', target: 96 },
    ],
    roleSharing: [
      { task: '会場の確保', group: '運営スタッフの配置', city: '公民館の優先予約', costBorneBy: 'city' },
      { task: '広報', group: 'SNSとチラシ', city: '市報への掲載', costBorneBy: 'shared' },
    ],
    budget: [
      { kind: 'income', item: '協働事業負担金', amount: 800000 },
      { kind: 'income', item: '参加費', amount: 200000 },
      { kind: 'expense', item: '食材費', amount: 600000 },
      { kind: 'expense', item: '会場・備品費', amount: 400000 },
    ],
    requestedAmount: 800000,
    schedule: [
      { period: '4月〜6月', activity: '準備・ボランティア募集' },
      { period: '7月〜3月', activity: '週2回の食堂運営' },
    ],
    activityFields: ['child_development', 'health_welfare'],
    organizationProfile: {
      representative: '理事長 佐藤 恵',
      founded: '2019-04',
      members: 35,
      activities: '子ども食堂の運営',
    },
    contactPerson: { name: '鈴木 一郎', email: 'suzuki@example.jp', phone: '0467-00-0000' },
    ...overrides,
  };
}
