import { fiscalYearLabel, warekiDate } from '@kyodo/platform';

/** What the server renders of a disclosed proposal: the stored package's fields the page opens with. */
export interface DisclosedRecord {
  decision: DisclosedPackage | null;
  assessment: DisclosedPackage | null;
}

interface DisclosedPackage {
  proposal: { title: string; summary: string | null; organization: { ja: string } };
  call: { fiscalYear: number; title: { ja: string } };
  decision: { outcome: string; comment: string; decidedAt: string; provisional?: boolean } | null;
}

/** 採択 … as the public pages say them (apps/web/src/areas/public/texts.ts). */
export const OUTCOME_LABELS: Record<string, string> = {
  adopted: '採択',
  adoptedWithConditions: '条件付き採択',
  notAdopted: '不採択',
  provisional: '採択内定',
};

/** Text as HTML: the five characters that could end an element or an attribute. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('');

/**
 * The public proposal page as HTML, in Japanese, from the disclosed packages: its title, the decision and its 講評,
 * the summary — what a search engine, an office browser with scripts off or a screen reader needs at once. The app
 * replaces it with the full page (scores, history, versions) when its script runs. Every text is escaped.
 */
export function renderDisclosedProposal(record: DisclosedRecord): { title: string; html: string } | null {
  const pkg = record.assessment ?? record.decision;
  if (!pkg) return null;
  const decision = (record.decision ?? pkg).decision;
  const outcome = decision ? OUTCOME_LABELS[decision.provisional ? 'provisional' : decision.outcome] : null;
  const facts = [
    ['提案団体', pkg.proposal.organization.ja],
    ['募集', `${pkg.call.title.ja}（${fiscalYearLabel(pkg.call.fiscalYear, 'ja')}）`],
    ...(decision ? [['決定', `${outcome ?? decision.outcome}（${warekiDate(decision.decidedAt)}）`]] : []),
  ];
  const html = [
    '<div class="server-page">',
    '<p><a href="/proposals">提案と評価結果の一覧へ</a></p>',
    `<h1>${escapeHtml(pkg.proposal.title)}</h1>`,
    `<dl>${facts.map(([term, value]) => `<dt>${escapeHtml(term!)}</dt><dd>${escapeHtml(value!)}</dd>`).join('')}</dl>`,
    ...(pkg.proposal.summary ? ['<h2>事業の概要</h2>', paragraphs(pkg.proposal.summary)] : []),
    ...(decision?.comment ? ['<h2>講評</h2>', paragraphs(decision.comment)] : []),
    '<p>評価点、経過、公開の版は、スクリプトを有効にすると表示されます。</p>',
    '</div>',
  ].join('');
  return { title: pkg.proposal.title, html };
}
