import type { Browser } from 'playwright-core';
import { openBrowser, type RunningSystem, startSystem, TEST_DB } from '@kyodo/testing';

/**
 * Issue 15, item 7: the API docs page runs under a content security policy
 * that lets its UI work and nothing more (proved in Chromium: the UI renders
 * the operations and the browser reports no violation), and a setting turns
 * the UI off while the document itself stays served.
 */

const policyOf = (response: Response) =>
  new Map(
    (response.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );

describe(`the API docs page on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startSystem();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('serves the page and its assets under a policy with no inline or remote script', async () => {
    const page = await fetch(`${system.baseUrl}/api/docs`);
    expect(page.status).toBe(200);
    const policy = policyOf(page);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src') ?? policy.get('default-src')).toEqual(["'none'"]);
    // What the policy allows is all the page uses: every script is a file of its own.
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body!.trim()).toBe('');
    }
    const init = await fetch(`${system.baseUrl}/api/docs/swagger-ui-init.js`);
    expect(init.status).toBe(200);
    expect(policyOf(init).get('script-src')).toEqual(["'self'"]);
  });

  it('works in a browser under that policy: operations listed, no violation reported', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/content security policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      // Swagger UI renders the operations as they come into view (a 720-pixel window shows 8 of them): a window tall
      // enough for the whole list shows whether every tag renders under the policy.
      await page.setViewportSize({ width: 1280, height: 20_000 });
      await page.goto(`${system.baseUrl}/api/docs`);
      await page.waitForFunction(() => document.querySelectorAll('.opblock').length > 50, undefined, {
        timeout: 30_000,
      });
      expect(await page.locator('.opblock').count()).toBeGreaterThan(50);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe(`the API docs switched off on ${TEST_DB}`, () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem({ API_DOCS_UI: 'false' });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('answers the docs UI as an unknown route and still serves the document', async () => {
    const page = await fetch(`${system.baseUrl}/api/docs`);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const document = await fetch(`${system.baseUrl}/api/openapi.json`);
    expect(document.status).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toMatch(/^3\./);
  });
});
