import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROPOSAL_EVENT_TYPES, proposalTransitions } from '@kyodo/workflow';

/**
 * Every event a person sends to the proposal machine can be sent from a page of the web app: an event only the
 * API offers leaves the person it is for at a dead end (issue 17: every accepted proposal stopped at 担当課協議).
 *
 * The events still waiting for their page are listed here, and the list can only shrink: the check fails when an
 * event has no page and is not listed, and when a listed event has got its page.
 */
const EVENTS_WITHOUT_A_PAGE_YET: readonly string[] = [];

const root = join(__dirname, '..', '..');
const web = join(root, 'apps', 'web', 'src');

/**
 * The events a person sends, by the machine's own rule: a system event is one every transition of which is
 * guarded by `isSystem` alone (the timers' events, such as SUBMISSION_DEADLINE_PASSED); every other event has a
 * guard a person can pass.
 */
function personSentEvents(): string[] {
  const guards = new Map<string, Set<string | null>>();
  for (const { event, guard } of proposalTransitions()) {
    if (event === '(done)') continue;
    guards.set(event, (guards.get(event) ?? new Set()).add(guard));
  }
  return [...guards]
    .filter(([, seen]) => !(seen.size === 1 && seen.has('isSystem')))
    .map(([event]) => event)
    .sort();
}

/**
 * What sends to the events route: the typed client's key for it, or one of the two helpers around it (the shared
 * `sendProposalEvent` and the proposer area's `api.event`). A file holding any of them is a sending file.
 */
const SENDS = [/'POST \/api\/v1\/proposals\/\{id\}\/events'/, /\bsendProposalEvent\s*[<(]/, /\bapi\.event\(/];

/**
 * The routes that keep a record of their own and send the event with it (the partnership library writes the
 * agreement, the progress report, the milestone, then moves the proposal): a page calling one sends its event.
 */
const ROUTES_THAT_SEND: ReadonlyArray<[RegExp, string]> = [
  [/'POST \/api\/v1\/proposals\/\{id\}\/agreement'/, 'CONCLUDE_AGREEMENT'],
  [/'POST \/api\/v1\/proposals\/\{id\}\/progress-reports'/, 'REPORT_PROGRESS'],
  [/'POST \/api\/v1\/proposals\/\{id\}\/milestones'/, 'RECORD_MILESTONE'],
];

function webSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : webSources(path);
    const source =
      /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && entry.name !== 'openapi.gen.ts';
    return source ? [path] : [];
  });
}

/**
 * The events the web sends, event → the files that send it: every event name written as a string literal in a
 * sending file (a type, a body, a list of the panel's actions). A file that only names events (labels, hints)
 * and sends none does not count.
 */
function eventsTheWebSends(): Map<string, string[]> {
  const known = new Set<string>(PROPOSAL_EVENT_TYPES);
  const senders = new Map<string, string[]>();
  const add = (name: string, file: string) => {
    const files = senders.get(name) ?? [];
    if (!files.includes(relative(root, file))) files.push(relative(root, file));
    senders.set(name, files);
  };
  for (const file of webSources(web)) {
    const text = readFileSync(file, 'utf8');
    for (const [route, event] of ROUTES_THAT_SEND) if (route.test(text)) add(event, file);
    if (!SENDS.some((pattern) => pattern.test(text))) continue;
    for (const [, name] of text.matchAll(/['"`]([A-Z][A-Z_]+)['"`]/g)) {
      if (known.has(name!)) add(name!, file);
    }
  }
  return senders;
}

describe('every event a person sends has a page', () => {
  const person = personSentEvents();
  const sent = eventsTheWebSends();

  it('tells the timer’s events from the people’s by the machine’s guards', () => {
    expect(person).not.toContain('SUBMISSION_DEADLINE_PASSED');
    expect(person).toEqual(PROPOSAL_EVENT_TYPES.filter((e) => e !== 'SUBMISSION_DEADLINE_PASSED').sort());
  });

  it('finds a page for every event a person sends, except those listed as waiting for one', () => {
    const withoutAPage = person.filter((event) => !sent.has(event) && !EVENTS_WITHOUT_A_PAGE_YET.includes(event));
    expect(withoutAPage).toEqual([]);
  });

  it('lists as waiting only events that still have no page (the list only shrinks)', () => {
    const listedButSent = EVENTS_WITHOUT_A_PAGE_YET.filter((event) => sent.has(event)).map(
      (event) => `${event}: ${sent.get(event)!.join(', ')}`,
    );
    expect(listedButSent).toEqual([]);
  });

  it('lists only events of the machine that a person sends', () => {
    expect(EVENTS_WITHOUT_A_PAGE_YET.filter((event) => !person.includes(event))).toEqual([]);
  });
});
