import type { LocalizedText } from '@kyodo/platform';

export interface MessageParams {
  proposalTitle: string;
  receiptNumber: string | null;
  state: string;
}

interface Template {
  category: string;
  subject: (p: MessageParams) => LocalizedText;
  body: (p: MessageParams) => LocalizedText;
}

const receipt = (p: MessageParams) => (p.receiptNumber ? `（受付番号 ${p.receiptNumber}）` : '');
const receiptEn = (p: MessageParams) => (p.receiptNumber ? ` (receipt no. ${p.receiptNumber})` : '');

/**
 * In-app messages by template name, in Japanese and English. Templates the
 * machine declares but this catalogue does not know yet fall back to a
 * generic status-change notice, so nothing is silently dropped.
 */
const TEMPLATES: Record<string, Template> = {
  'proposal.submitted': {
    category: 'submission',
    subject: (p) => ({
      ja: `新しい提案が提出されました：${p.proposalTitle}`,
      en: `New proposal submitted: ${p.proposalTitle}`,
    }),
    body: (p) => ({
      ja: `提案「${p.proposalTitle}」が提出されました${receipt(p)}。形式審査を行ってください。`,
      en: `The proposal "${p.proposalTitle}" was submitted${receiptEn(p)}. Please carry out the formal screening.`,
    }),
  },
  'proposal.resubmitted': {
    category: 'submission',
    subject: (p) => ({
      ja: `提案が再提出されました：${p.proposalTitle}`,
      en: `Proposal resubmitted: ${p.proposalTitle}`,
    }),
    body: (p) => ({
      ja: `修正を依頼した提案「${p.proposalTitle}」が再提出されました${receipt(p)}。`,
      en: `The proposal "${p.proposalTitle}" returned for correction was resubmitted${receiptEn(p)}.`,
    }),
  },
  'proposal.received': {
    category: 'submission',
    subject: (p) => ({
      ja: `提案を受け付けました：${p.proposalTitle}`,
      en: `Your proposal was received: ${p.proposalTitle}`,
    }),
    body: (p) => ({
      ja: `提案「${p.proposalTitle}」を受け付けました${receipt(p)}。形式審査の結果をお知らせします。`,
      en: `Your proposal "${p.proposalTitle}" was received${receiptEn(p)}. We will tell you the screening result.`,
    }),
  },
  'review.assigned': {
    category: 'assignment',
    subject: (p) => ({ ja: `審査を担当してください：${p.proposalTitle}`, en: `Review assigned: ${p.proposalTitle}` }),
    body: (p) => ({
      ja: `提案「${p.proposalTitle}」${receipt(p)}の審査担当に割り当てられました。評価シートで採点してください。`,
      en: `You were assigned to review "${p.proposalTitle}"${receiptEn(p)}. Please score it with the rubric.`,
    }),
  },
  'proposal.returned': {
    category: 'screening',
    subject: (p) => ({
      ja: `提案の修正をお願いします：${p.proposalTitle}`,
      en: `Please correct your proposal: ${p.proposalTitle}`,
    }),
    body: (p) => ({
      ja: `提案「${p.proposalTitle}」${receipt(p)}について、事務局から修正の依頼がありました。理由を確認し、締切までに再提出してください。`,
      en: `The secretariat returned "${p.proposalTitle}"${receiptEn(p)} for correction. See the reasons and resubmit before the deadline.`,
    }),
  },
  'proposal.decided': {
    category: 'decision',
    subject: (p) => ({
      ja: `審査結果が決定しました：${p.proposalTitle}`,
      en: `Decision on your proposal: ${p.proposalTitle}`,
    }),
    body: (p) => ({
      ja: `提案「${p.proposalTitle}」${receipt(p)}の審査結果が決定しました。講評をご確認ください。`,
      en: `A decision was made on "${p.proposalTitle}"${receiptEn(p)}. Please read the committee’s comments.`,
    }),
  },
};

const FALLBACK: Template = {
  category: 'status',
  subject: (p) => ({
    ja: `提案の状況が更新されました：${p.proposalTitle}`,
    en: `Proposal status updated: ${p.proposalTitle}`,
  }),
  body: (p) => ({
    ja: `提案「${p.proposalTitle}」${receipt(p)}の状況が「${p.state}」になりました。`,
    en: `The proposal "${p.proposalTitle}"${receiptEn(p)} is now in state "${p.state}".`,
  }),
};

export function renderMessage(template: string, params: MessageParams) {
  const t = TEMPLATES[template] ?? FALLBACK;
  return { category: t.category, subject: t.subject(params), body: t.body(params) };
}
