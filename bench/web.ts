import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { newPerson, ROOT } from '@kyodo/testing';

export interface ShippedScript {
  /** Gzipped bytes of the scripts the first page load fetches (entry + preloads). */
  initialGzip: number;
  /** Gzipped bytes of every script in the build (all areas). */
  totalGzip: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The scripts a build ships: those index.html loads at once, and all of them. */
export function shippedScript(webDir: string): ShippedScript {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const all = readdirSync(join(webDir, 'assets')).filter((name) => name.endsWith('.js'));
  return {
    initialGzip: initial.reduce((sum, path) => sum + gzipped(join(webDir, path)), 0),
    totalGzip: all.reduce((sum, name) => sum + gzipped(join(webDir, 'assets', name)), 0),
  };
}

/**
 * The baseline of size: the smallest React app (one component rendering a heading), built by the same Vite
 * with the same settings in this run. Kyodo's first load ÷ this = what the product adds over React itself.
 */
export async function bareReactScript(): Promise<ShippedScript> {
  const directory = mkdtempSync(join(tmpdir(), 'kyodo-bare-react-'));
  try {
    writeFileSync(
      join(directory, 'index.html'),
      '<!doctype html><html lang="ja"><head><meta charset="UTF-8"><title>x</title></head><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>',
    );
    writeFileSync(
      join(directory, 'main.tsx'),
      "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<h1>協働</h1>);\n",
    );
    // Vite is ESM only; this module is compiled to CommonJS, so it is loaded with a real dynamic import.
    const vite = (await new Function('return import("vite")')()) as typeof import('vite');
    await vite.build({
      root: directory,
      configFile: false,
      logLevel: 'silent',
      resolve: {
        alias: { react: join(ROOT, 'node_modules/react'), 'react-dom': join(ROOT, 'node_modules/react-dom') },
      },
      oxc: { jsx: { runtime: 'automatic', importSource: join(ROOT, 'node_modules/react') } },
      build: { outDir: join(directory, 'dist'), target: 'es2022', reportCompressedSize: false },
    } as never);
    return shippedScript(join(directory, 'dist'));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export interface FirstRender {
  medianMs: number;
  samples: number[];
}

/**
 * Milliseconds from navigation start until a heading containing `text` is in the document, in a fresh browser
 * context each time (cold cache, as a first visit). A MutationObserver installed before any script records the
 * moment, so the figure does not depend on how often the test polls.
 *
 * `from`: a page on another site the visit starts on, as a first visit does (a search result, the city's own site, a
 * link in an e-mail). Without it the tab starts blank, and a page that sends Cross-Origin-Opener-Policy (Kyodo's, from
 * helmet) pays for a new browser process that a blank tab's first navigation otherwise reuses (measured: about 30 ms
 * here); arriving from another site, every page pays for that process, with or without the header.
 */
export async function timeToFirstRender(
  browser: Browser,
  baseUrl: string,
  path: string,
  text: string,
  options: { from?: string; runs?: number } = {},
): Promise<FirstRender> {
  const samples: number[] = [];
  for (let i = 0; i < (options.runs ?? 9); i++) {
    const { context, page } = await newPerson(browser, baseUrl, { phone: true });
    if (options.from) await page.goto(options.from);
    await context.addInitScript((wanted) => {
      const record = () => {
        const found = [...document.querySelectorAll('h1')].some((h1) => h1.textContent?.includes(wanted));
        if (found && !(window as { renderedAt?: number }).renderedAt)
          (window as { renderedAt?: number }).renderedAt = performance.now();
        return found;
      };
      new MutationObserver((_, observer) => record() && observer.disconnect()).observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    }, text);
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { renderedAt?: number }).renderedAt !== undefined, undefined, {
      timeout: 30_000,
    });
    samples.push(await page.evaluate(() => (window as unknown as { renderedAt: number }).renderedAt));
    await context.close();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, samples };
}

/** One HTML page on loopback, answered to every request, reached as `host`. */
async function serveOnePage(
  html: string,
  headers: Record<string, string> = {},
  host = '127.0.0.1',
): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) =>
    response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, server };
}

/**
 * The page a measured visit starts on, on another site: `localhost`, while the pages measured are on 127.0.0.1 — a
 * different site to the browser, as a search engine's results are.
 */
export function startReferringPage(): Promise<{ url: string; server: Server }> {
  return serveOnePage(
    '<!doctype html><html lang="ja"><head><meta charset="UTF-8"><title>検索結果</title></head><body></body></html>',
    {},
    'localhost',
  );
}

/**
 * The baseline of first render: the same record as a static HTML page (no script), from a bare Node server; with
 * `headers`, it also answers those (Kyodo's security headers, to tell their cost from the rest).
 */
export function startStaticRecordPage(
  record: { title: string; summary: string; comment: string },
  headers: Record<string, string> = {},
): Promise<{ url: string; server: Server }> {
  const escape = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return serveOnePage(
    `<!doctype html><html lang="ja"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(record.title)}</title></head><body><main><h1>${escape(record.title)}</h1><p>${escape(record.summary)}</p><h2>講評</h2><p>${escape(record.comment)}</p></main></body></html>`,
    headers,
  );
}

/** The security headers a page of Kyodo answers (helmet's and the app's Content-Security-Policy), nothing else. */
export async function securityHeadersOf(url: string): Promise<Record<string, string>> {
  const answer = await fetch(url);
  await answer.arrayBuffer();
  const policy = /^(content-security-policy|cross-origin-|origin-agent-cluster|strict-transport|referrer-policy|x-)/;
  return Object.fromEntries([...answer.headers].filter(([name]) => policy.test(name) && name !== 'x-request-id'));
}

export const webDirOf = () => {
  const directory = join(ROOT, 'dist/web');
  statSync(join(directory, 'index.html'));
  return directory;
};
