/** The people the authorization matrix asks about, relative to the resources it points at. */
export const ACTORS = [
  'anonymous',
  'proposerOwn',
  'proposerOther',
  'reviewerAssigned',
  'reviewerUnassigned',
  'reviewerConflicted',
  'committeeMember',
  'committeeChair',
  'secretariat',
  'admin',
  'otherMunicipality',
  'otherAdmin',
  'platformOperator',
] as const;
export type ActorKey = (typeof ACTORS)[number];

export const ACTOR_LABELS: Record<ActorKey, { ja: string; en: string }> = {
  anonymous: { ja: '未ログイン', en: 'anonymous' },
  proposerOwn: { ja: '提案団体の提案者', en: 'proposer of the owning organisation' },
  proposerOther: { ja: '他団体の提案者', en: 'proposer of another organisation' },
  reviewerAssigned: { ja: '担当審査員', en: 'reviewer, assigned' },
  reviewerUnassigned: { ja: '担当外の審査員', en: 'reviewer, not assigned' },
  reviewerConflicted: { ja: '利害関係のある審査員', en: 'reviewer, conflicted' },
  committeeMember: { ja: '委員', en: 'committee member' },
  committeeChair: { ja: '委員長', en: 'committee chair' },
  secretariat: { ja: '事務局', en: 'secretariat' },
  admin: { ja: '自治体の管理者', en: 'municipal administrator' },
  otherMunicipality: { ja: '他自治体の事務局', en: 'secretariat of another municipality' },
  otherAdmin: { ja: '他自治体の管理者', en: 'administrator of another municipality' },
  platformOperator: { ja: '運用者', en: 'platform operator' },
};
