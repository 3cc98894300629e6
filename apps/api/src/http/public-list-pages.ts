import { fiscalYearLabel, warekiDate } from '@kyodo/platform';
import { escapeHtml, OUTCOME_LABELS } from './public-proposal-page';

/** A municipality as the portal lists it. */
export interface PortalMunicipality {
  code: string;
  nameJa: string;
}

/** A call as the public list shows it (the fields of PublicService.calls the page reads). */
export interface PortalCall {
  id: string;
  fiscalYear: number;
  titleJa: string;
  descriptionJa: string | null;
  submissionOpensAt: string | Date;
  submissionClosesAt: string | Date;
  documents: Array<{ id: string; title: string; filename: string }>;
}

/** A disclosed proposal as the public list shows it (PublicService.proposals' items). */
export interface PortalProposal {
  id: string;
  title: string;
  organization: { ja: string };
  fiscalYear: number;
  decision: string | null;
  provisional: boolean;
}

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
const page = (parts: string[]) => `<div class="server-page">${parts.join('')}</div>`;
const list = (items: string[], empty: string) =>
  items.length > 0 ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : `<p>${escapeHtml(empty)}</p>`;
const inMunicipality = (path: string, code: string, extra = '') =>
  `${path}?m=${encodeURIComponent(code)}${extra ? `&${extra}` : ''}`;

/** The portal's top page: each municipality with its calls and its disclosed proposals. */
export function renderPortalHome(municipalities: PortalMunicipality[]): { title: string; html: string } {
  return {
    title: '協働事業提案制度 公開ページ',
    html: page([
      '<h1>協働事業提案制度 公開ページ</h1>',
      '<p>市民活動団体と市の部署が提案する協働事業の募集、審査の結果と講評を公開しています。</p>',
      list(
        municipalities.map(
          (m) =>
            `${escapeHtml(m.nameJa)}：${link(inMunicipality('/calls', m.code), '募集')}・${link(
              inMunicipality('/proposals', m.code),
              '提案と評価結果',
            )}`,
        ),
        '公開している自治体はまだありません。',
      ),
    ]),
  };
}

/** 募集: a municipality's calls, newest first, with their periods in 和暦 and their documents (募集要項). */
export function renderPortalCalls(
  municipality: PortalMunicipality,
  calls: PortalCall[],
): { title: string; html: string } {
  const title = `${municipality.nameJa} 協働事業提案の募集`;
  return {
    title,
    html: page([
      `<p>${link('/', '公開ページのトップへ')}</p>`,
      `<h1>${escapeHtml(title)}</h1>`,
      calls.length === 0
        ? '<p>募集はまだありません。</p>'
        : calls
            .map((call) =>
              [
                `<h2>${escapeHtml(call.titleJa)}（${escapeHtml(fiscalYearLabel(call.fiscalYear, 'ja'))}）</h2>`,
                `<p>受付期間：${escapeHtml(warekiDate(call.submissionOpensAt))}から${escapeHtml(
                  warekiDate(call.submissionClosesAt),
                )}まで</p>`,
                call.descriptionJa ? `<p>${escapeHtml(call.descriptionJa)}</p>` : '',
                call.documents.length > 0
                  ? list(
                      call.documents.map((d) =>
                        link(`/api/v1/public/calls/${call.id}/documents/${d.id}`, `${d.title}（${d.filename}）`),
                      ),
                      '',
                    )
                  : '',
              ].join(''),
            )
            .join(''),
      `<p>${link(inMunicipality('/proposals', municipality.code), '提案と評価結果を見る')}</p>`,
    ]),
  };
}

/** 提案と評価結果: a municipality's disclosed proposals, a page at a time, each linked to its own page. */
export function renderPortalProposals(
  municipality: PortalMunicipality,
  items: PortalProposal[],
  nextCursor: string | null,
): { title: string; html: string } {
  const title = `${municipality.nameJa} 提案と評価結果`;
  const outcome = (p: PortalProposal) =>
    p.decision ? (OUTCOME_LABELS[p.provisional ? 'provisional' : p.decision] ?? p.decision) : '未決定';
  return {
    title,
    html: page([
      `<p>${link('/', '公開ページのトップへ')}</p>`,
      `<h1>${escapeHtml(title)}</h1>`,
      list(
        items.map(
          (p) =>
            `${link(`/proposals/${p.id}`, p.title)}（${escapeHtml(p.organization.ja)}、${escapeHtml(
              fiscalYearLabel(p.fiscalYear, 'ja'),
            )}、${escapeHtml(outcome(p))}）`,
        ),
        '公開された提案はまだありません。',
      ),
      nextCursor
        ? `<p>${link(inMunicipality('/proposals', municipality.code, `after=${encodeURIComponent(nextCursor)}`), '次のページ')}</p>`
        : '',
    ]),
  };
}
