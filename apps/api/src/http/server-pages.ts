import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PublicService } from '@kyodo/disclosure';
import { type PortalCall, renderPortalCalls, renderPortalHome, renderPortalProposals } from './public-list-pages';
import { type DisclosedRecord, escapeHtml, renderDisclosedProposal } from './public-proposal-page';

type Rendered = { title: string; html: string } | null;
type Page = (request: FastifyRequest, reply: FastifyReply) => unknown;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A municipality code as the public reads take it (a query value that is anything else renders nothing). */
const CODE = /^[A-Za-z0-9_-]{1,64}$/;
const PAGE_SIZE = 50;

/**
 * The public pages a person opens first — the portal's top, a municipality's calls and its disclosed proposals, one
 * proposal — served with their content already in the HTML: readable at once, by search engines, by office browsers
 * with scripts off and by screen readers; the app then takes over. Anything the server cannot render (an unknown
 * municipality or proposal, the database away) gets the app's page as before, which says why.
 */
export function serveServerPages(
  fastify: FastifyInstance,
  publicRecords: PublicService,
  shell: string,
  headers: Record<string, string>,
  page: Page,
): void {
  /**
   * `shown`: the content is on the page until the app replaces it (a proposal: the app's page opens with the same
   * title). Otherwise it is for readers without scripts only (<noscript>), so the app's own page, in the reader's
   * language, is the only one a person with scripts ever sees.
   */
  const send = async (
    request: FastifyRequest,
    reply: FastifyReply,
    render: () => Promise<Rendered>,
    shown: boolean,
  ) => {
    const rendered = await render().catch(() => null);
    if (!rendered) return page(request, reply);
    const content = shown ? rendered.html : `<noscript>${rendered.html}</noscript>`;
    const body = shell
      .replace('<div id="root"></div>', () => `<div id="root">${content}</div>`)
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(rendered.title)} | Kyodo</title>`);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    if (request.headers['if-none-match'] === etag) return reply.code(304).header('etag', etag).send();
    return reply.headers({ ...headers, etag }).send(body);
  };
  const municipalityOf = async (code: unknown) => {
    if (typeof code !== 'string' || !CODE.test(code)) return null;
    return (await publicRecords.municipalities()).find((m) => m.code === code) ?? null;
  };

  fastify.get('/', (request, reply) =>
    send(request, reply, async () => renderPortalHome(await publicRecords.municipalities()), false),
  );
  fastify.get<{ Querystring: { m?: string } }>('/calls', (request, reply) =>
    send(
      request,
      reply,
      async () => {
        const municipality = await municipalityOf(request.query.m);
        if (!municipality) return null;
        const calls = (await publicRecords.calls(municipality.code)) as unknown as PortalCall[];
        return renderPortalCalls(municipality, calls);
      },
      false,
    ),
  );
  fastify.get<{ Querystring: { m?: string; after?: string } }>('/proposals', (request, reply) =>
    send(
      request,
      reply,
      async () => {
        const municipality = await municipalityOf(request.query.m);
        if (!municipality) return null;
        const cursor = typeof request.query.after === 'string' ? request.query.after : undefined;
        const listed = await publicRecords.proposals({ municipality: municipality.code, limit: PAGE_SIZE, cursor });
        return renderPortalProposals(municipality, listed.items, listed.nextCursor);
      },
      false,
    ),
  );
  fastify.get<{ Params: { id: string } }>('/proposals/:id', (request, reply) =>
    send(
      request,
      reply,
      async () =>
        UUID.test(request.params.id)
          ? renderDisclosedProposal((await publicRecords.proposal(request.params.id)) as unknown as DisclosedRecord)
          : null,
      true,
    ),
  );
}
