import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TEST_SETTINGS } from '@kyodo/config';
import { chromiumPath } from './chromium-path';
import { ROOT } from './system';

/**
 * Chromium (Debian's, or npm's when none is installed: ./chromium-path.ts), headless, with nothing that phones
 * home: this machine's network is closed, and a browser that keeps trying to reach Google's hosts slows every page.
 */
export async function openBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface BrowserPersonOptions {
  locale?: 'ja' | 'en';
  /** A phone-sized viewport (390 × 844) instead of a desk's (1280 × 900). */
  phone?: boolean;
}

/**
 * One person's browser window: its own storage (so sign-ins do not leak between people). CSP is bypassed only
 * so that axe-core can be injected; the app's own policy is tested by the API suites.
 */
export async function newPerson(
  browser: Browser,
  baseUrl: string,
  options: BrowserPersonOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const locale = options.locale ?? 'ja';
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
    timezoneId: 'Asia/Tokyo',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    bypassCSP: true,
  });
  await context.addInitScript((chosen) => window.localStorage.setItem('kyodo.locale', chosen), locale);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Signs in through the login page and waits until the app has left it. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now and answers the serious and critical
 * violations, each with the selectors of the offending nodes.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Saves a full-page screenshot as docs/screenshots/<name>.png (the docs link them). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const directory = join(ROOT, TEST_SETTINGS.screenshotDir);
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
