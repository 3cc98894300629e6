import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ApiClient,
  type BrowserPersonOptions,
  createMunicipality,
  type MunicipalityFixture,
  newPerson,
  openBrowser,
  type RunningSystem,
  signIn,
  startSystem,
  type SystemOptions,
} from '@kyodo/testing';

/** The password every fixture person has (libs/testing/src/municipality-fixture.ts). */
export const PASSWORD = 'fixture-password-1';

export interface BrowserSuite {
  readonly system: RunningSystem;
  readonly browser: Browser;
  /** The suite's municipality; only when `municipality` was not false. */
  readonly x: MunicipalityFixture;
  /** A new window of its own, signed in as the fixture person `name` (null: nobody), closed after the test. */
  person(name: string | null, options?: BrowserPersonOptions): Promise<Page>;
}

/**
 * The set-up every browser suite shares: the system, one browser, a municipality, and the windows each test
 * opens, closed after it so that a failing test does not leave its windows to the next. Call it at the top of
 * the describe; a suite's own data comes in a beforeAll after it (jest runs them in order) and reads the
 * getters. Getters, because the values exist only once beforeAll has run. `settings` reaches the system's processes.
 */
export function browserSuite(
  options: {
    municipality?: string | false;
    timeout?: number;
    /**
     * Extra settings (environment) of the system, read when it starts: a function, so that a value made in an
     * earlier beforeAll (an SMTP sink's URL) can be passed.
     */
    settings?: () => Record<string, string>;
    /** How the system is started (e.g. PUBLIC_BASE_URL on 127.0.0.1, for a redirect URI). */
    system?: SystemOptions;
  } = {},
): BrowserSuite {
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  let x: MunicipalityFixture | undefined;
  const open: BrowserContext[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browserSuite: ${what} is read before beforeAll has run`);
    return value;
  };

  beforeAll(async () => {
    system = await startSystem(options.settings?.() ?? {}, options.system ?? {});
    browser = await openBrowser();
    if (options.municipality !== false) {
      x = await createMunicipality(new ApiClient(system.baseUrl), options.municipality);
    }
  }, options.timeout ?? 180_000);

  afterEach(async () => {
    for (const context of open.splice(0)) await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  return {
    get system() {
      return ready(system, 'the system');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    get x() {
      return ready(x, 'the municipality');
    },
    async person(name, personOptions = {}) {
      const { context, page } = await newPerson(
        ready(browser, 'the browser'),
        ready(system, 'the system').baseUrl,
        personOptions,
      );
      open.push(context);
      if (name) await signIn(page, ready(x, 'the municipality').emailOf(name), PASSWORD);
      return page;
    },
  };
}
