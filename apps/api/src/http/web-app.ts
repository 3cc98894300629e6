import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicService } from '@kyodo/disclosure';
import type { ApiFace } from './api-face';
import { serveServerPages } from './server-pages';

/** Where `npm run build` puts the web app: dist/web, beside dist/apps/api/src/http (this file, built). */
export const DEFAULT_WEB_DIR = resolve(__dirname, '../../../../web');

/**
 * The page's own policy: scripts and styles only from this origin (Vite emits no inline script), API calls to
 * this origin, and never framed. The API's JSON answers need none.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** The headers of every page: HTML, never cached without asking, the page's own policy. */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};

/** Paths that belong to the API: an unknown one there is a 404 problem, never the web page. */
const API_PREFIXES = ['/api/', '/health/', '/admin/'];

/** The app's pages for signed-in people (apps/web/src/app.tsx), and those that write: not served on the public face. */
const STAFF_PAGE_PREFIXES = [
  '/login',
  '/inbox',
  '/workspace',
  '/review',
  '/console',
  '/committee',
  '/account',
  '/password-reset',
  '/email-change',
  // Registering a group writes; its routes are the staff face's.
  '/group-registration',
];

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Tells the app which face serves it, so the public face offers no sign-in (apps/web/src/shell/api-face.ts). */
const faceMarked = (index: Buffer, face: ApiFace) =>
  face === 'all'
    ? index
    : Buffer.from(index.toString('utf8').replace('<head>', `<head><meta name="kyodo-face" content="${face}">`));

/**
 * Serves the built web app from the API process: hashed assets with a year's caching, and `index.html` for
 * every other GET outside the API so that deep links (/proposals/…) open the single-page app. Without a
 * build (tests of the API alone) it serves nothing and says so once. The public face serves no page of the signed-in
 * areas (404). The first public pages come with their content in the HTML (server-pages.ts).
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  webDir = DEFAULT_WEB_DIR,
  face: ApiFace = 'all',
): Promise<boolean> {
  const indexFile = join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebApp').log(`no web app at ${webDir} (npm run build makes it); serving the API only`);
    return false;
  }
  const index = faceMarked(readFileSync(indexFile), face);
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: join(webDir, 'assets'),
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    decorateReply: false,
    // scripts/compress-assets.mjs wrote .br and .gz beside each asset; a phone on a slow line gets a third of the bytes.
    preCompressed: true,
    index: false,
  });
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (API_PREFIXES.some((prefix) => path.startsWith(prefix)) || path === '/health' || path === '/api') {
      return reply.callNotFound();
    }
    if (face === 'public' && STAFF_PAGE_PREFIXES.some((prefix) => isUnder(path, prefix))) return reply.callNotFound();
    return reply.headers(PAGE_HEADERS).send(index);
  };
  fastify.get('/*', page);
  serveServerPages(fastify, app.get(PublicService, { strict: false }), index.toString('utf8'), PAGE_HEADERS, page);
  return true;
}
