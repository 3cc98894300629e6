/**
 * 協働の形態: how the city takes part in the project. A call says which form it funds and the agreement names the one
 * concluded: one vocabulary for both (here, where both libraries reach it).
 */
export const PARTNERSHIP_FORMS = ['itaku', 'hojo', 'futankin', 'kyousai', 'kouen', 'other'] as const;
export type PartnershipForm = (typeof PARTNERSHIP_FORMS)[number];

/** The forms' names as the 協定書 and the pages write them. */
export const PARTNERSHIP_FORM_NAMES: Record<PartnershipForm, { ja: string; en: string }> = {
  itaku: { ja: '委託', en: 'Commission' },
  hojo: { ja: '補助', en: 'Subsidy' },
  futankin: { ja: '負担金', en: 'Contribution' },
  kyousai: { ja: '共催', en: 'Co-hosting' },
  kouen: { ja: '後援', en: 'Endorsement' },
  other: { ja: 'その他', en: 'Other' },
};

/** What the money of each form is called on a public page and a notice: 委託料, 補助金, 負担金 … */
export const PARTNERSHIP_AMOUNT_NAMES: Record<PartnershipForm, { ja: string; en: string }> = {
  itaku: { ja: '委託料', en: 'Commission fee' },
  hojo: { ja: '補助金', en: 'Subsidy' },
  futankin: { ja: '負担金', en: 'Contribution' },
  kyousai: { ja: '共催負担金', en: 'Co-hosting contribution' },
  kouen: { ja: '市の負担額', en: 'Amount from the city' },
  other: { ja: '市の負担額', en: 'Amount from the city' },
};
