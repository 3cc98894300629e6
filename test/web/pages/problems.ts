import type { ConsoleMessage, Page, Response } from 'playwright-core';

/** Chromium's own console line for an answer of 400 or more: the request's answer said it already. */
const LOAD_FAILED = /^Failed to load resource: the server responded with a status of (\d+)/;

interface Allowance {
  status: number;
  path: RegExp;
  /** Answers still allowed, and the browser's console lines that echo them. */
  answers: number;
  echoes: number;
}

/**
 * What went wrong in the browser over a whole story: every console error, every uncaught exception, every request
 * that failed (no answer, or an HTTP status of 400 or more that the step did not expect). Watch each window as it
 * opens; assert `list()` is empty at the end, so a failure names each problem with the page it happened on.
 *
 * A request the browser cancels itself (net::ERR_ABORTED: the page navigated on, or a read was superseded and its
 * AbortSignal fired) is not a failure: nothing was refused and nobody sees it.
 */
export class BrowserProblems {
  private readonly seen: string[] = [];
  private readonly allowed: Allowance[] = [];

  /** Listens to a window from now on (before it signs in, so the login page counts too). */
  watch(page: Page, who: string): Page {
    const where = () => `${who} at ${pathOf(page.url())}`;
    page.on('console', (message) => this.logged(message, where));
    page.on('pageerror', (error) => this.seen.push(`uncaught exception (${where()}): ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      if (reason === 'net::ERR_ABORTED') return;
      this.seen.push(`request failed (${where()}): ${request.method()} ${pathOf(request.url())} ${reason}`);
    });
    page.on('response', (response) => this.answered(response, where));
    return page;
  }

  /** The next `times` answers with this status to a request whose path matches are a step's expected answers. */
  expect(status: number, path: RegExp, times = 1): void {
    this.allowed.push({ status, path, answers: times, echoes: times });
  }

  list(): string[] {
    return [...this.seen];
  }

  private logged(message: ConsoleMessage, where: () => string): void {
    if (message.type() !== 'error') return;
    const status = Number(LOAD_FAILED.exec(message.text())?.[1]);
    const path = pathOf(message.location().url);
    const allowance = this.allowed.find((a) => a.echoes > 0 && a.status === status && a.path.test(path));
    if (allowance) {
      allowance.echoes -= 1;
      return;
    }
    this.seen.push(`console error (${where()}): ${message.text()}`);
  }

  private answered(response: Response, where: () => string): void {
    if (response.status() < 400) return;
    const path = pathOf(response.url());
    const allowance = this.allowed.find((a) => a.answers > 0 && a.status === response.status() && a.path.test(path));
    if (allowance) {
      allowance.answers -= 1;
      return;
    }
    this.seen.push(`HTTP ${response.status()} (${where()}): ${response.request().method()} ${path}`);
  }
}

/** The path and query of a URL (the origin is the test system's, the same for every line). */
function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
