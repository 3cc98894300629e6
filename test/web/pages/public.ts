import type { Page } from 'playwright-core';

/**
 * Story helpers for the public portal: a citizen's moves, by the page's labels and links, in Japanese or English.
 * Each returns when the page it leads to shows what it should.
 */

const LABELS = {
  ja: {
    q: 'キーワード',
    apply: 'この条件で表示',
    year: '年度',
    origin: '提案者',
    decision: '採否',
    field: '活動分野',
  },
  en: {
    q: 'Keyword',
    apply: 'Apply',
    year: 'Fiscal year',
    origin: 'Proposer',
    decision: 'Decision',
    field: 'Activity field',
  },
};

async function localeOf(page: Page): Promise<'ja' | 'en'> {
  return (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'ja';
}

/** Opens the portal's home with the municipality chosen (`?m=code`) and waits for its title. */
export async function openPublicHome(page: Page, municipalityCode: string): Promise<void> {
  await page.goto(`/?m=${encodeURIComponent(municipalityCode)}`);
  await page.locator('h1').waitFor();
  await page.locator('.cards a[href^="/proposals"]').waitFor();
}

export interface PublicSearch {
  q?: string;
  /** Fiscal year, e.g. '2026'. */
  year?: string;
  origin?: 'group' | 'department';
  decision?: 'adopted' | 'adoptedWithConditions' | 'notAdopted';
  /** Activity field key, e.g. 'child_development'. */
  field?: string;
}

/**
 * Opens the list of disclosed proposals, fills the filters by their labels, applies them, and answers the titles
 * listed (first page).
 */
export async function searchPublicProposals(
  page: Page,
  municipalityCode: string,
  search: PublicSearch = {},
): Promise<string[]> {
  await page.goto(`/proposals?m=${encodeURIComponent(municipalityCode)}`);
  const labels = LABELS[await localeOf(page)];
  await page.locator('.public-results[data-ready=true]').waitFor();
  if (Object.values(search).every((value) => !value)) return page.locator('.public-proposal h2 a').allInnerTexts();
  if (search.year) await page.getByLabel(labels.year).selectOption(search.year);
  if (search.origin) await page.getByLabel(labels.origin).selectOption(search.origin);
  if (search.decision) await page.getByLabel(labels.decision).selectOption(search.decision);
  if (search.field) await page.getByLabel(labels.field).selectOption(search.field);
  if (search.q !== undefined) await page.getByLabel(labels.q).fill(search.q);
  await Promise.all([
    page.waitForResponse((response) => response.url().includes('/api/v1/public/proposals?')),
    page.getByRole('button', { name: labels.apply }).click(),
  ]);
  // The URL carries the filters; the list answers for them.
  await page.waitForURL((url) =>
    Object.entries(search).every(([name, value]) => !value || url.searchParams.get(name) === value),
  );
  await page.locator('.public-results[data-ready=true]').waitFor();
  return page.locator('.public-proposal h2 a').allInnerTexts();
}

/**
 * Finds a disclosed proposal the way a citizen does — the list, a keyword search with its title, the link — and
 * returns when its public page shows its title as the page's heading.
 */
export async function openPublicProposal(page: Page, municipalityCode: string, titleText: string): Promise<void> {
  await searchPublicProposals(page, municipalityCode, { q: titleText });
  await page.locator('.public-proposal h2 a', { hasText: titleText }).first().click();
  await page.waitForURL(/\/proposals\/[0-9a-f-]{36}/);
  await page.locator('h1', { hasText: titleText }).waitFor();
}

/** Opens the open-data page and answers its download links (href by visible text). */
export async function openDataLinks(
  page: Page,
  municipalityCode: string,
): Promise<Array<{ text: string; href: string }>> {
  await page.goto(`/open-data?m=${encodeURIComponent(municipalityCode)}`);
  // The "all calls" links render at once, the per-call ones after the call list loads: wait for those.
  await page.locator('.public-list .public-downloads a').first().waitFor();
  return page
    .locator('.public-downloads a')
    .evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent ?? '', href: (a as HTMLAnchorElement).getAttribute('href') ?? '' })),
    );
}
