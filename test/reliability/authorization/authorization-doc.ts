import { ACTOR_LABELS, ACTORS, type ActorKey } from '@kyodo/testing';
import { expectation, type MatrixRow } from './matrix';

const SHORT: Record<ActorKey, string> = {
  anonymous: 'anon',
  proposerOwn: 'own',
  proposerOther: 'other org',
  reviewerAssigned: 'rev',
  reviewerUnassigned: 'rev free',
  reviewerConflicted: 'rev coi',
  committeeMember: 'member',
  committeeChair: 'chair',
  secretariat: 'secr',
  admin: 'admin',
  otherMunicipality: 'Y secr',
  otherAdmin: 'Y admin',
  platformOperator: 'operator',
};

const SYMBOL: Record<string, string> = { allow: '✓', '401': '401', '403': '403', '404': '404', '422': '422' };

/** docs/authorization.md, written from the matrix the test walks. */
export function authorizationDoc(rows: MatrixRow[]): string {
  const head = `| operation | target | ${ACTORS.map((a) => SHORT[a]).join(' | ')} |`;
  const rule = `|---|---|${ACTORS.map(() => ':-:').join('|')}|`;
  const lines = rows.map(
    (row) =>
      `| \`${row.operation}\` | ${row.target} | ${ACTORS.map((a) => SYMBOL[String(expectation(row, a))]).join(' | ')} |`,
  );
  return [
    '# Authorization / 権限',
    '',
    'Generated from `test/reliability/authorization/matrix.ts` by `npm run docs:authorization`; the test',
    '`test/reliability/authorization.e2e.spec.ts` walks every cell against the running system (PostgreSQL and',
    'PGlite) and fails if this file differs from the table.',
    '',
    '✓ the call goes through (it may still be refused for the state of the thing, 409 / 422, but not for who asks).',
    '401: not signed in. 403: the person may never do this kind of thing; answered before anything is looked up, so',
    'it says nothing about whether the thing exists. 404: the person may not know this thing exists — a resource of',
    'another organisation, of another municipality, or one they have no part in answers exactly like one that does',
    'not exist. 422 (workflow events): the person may see the proposal, but the lifecycle offers them no such event.',
    '',
    'The people (columns):',
    '',
    ...ACTORS.map((a) => `- **${SHORT[a]}** — ${ACTOR_LABELS[a].en} (${ACTOR_LABELS[a].ja})`),
    '',
    'The world the test builds: municipality X with an open call, a draft of group A with an attachment, a proposal of',
    'group A in review partnered with a department (so that department’s reviewer is conflicted), its reviewer’s',
    'assignment, a planned joint-evaluation session, a ready report, a notice to the proposer; municipality Y whose',
    'secretariat is “another municipality”.',
    '',
    'A reviewer recused from a proposal (a conflict found or declared at a selection stage) is one without access to',
    'it until the decision: the proposal and everything under it answer 404, lists leave it out, though the reviewer',
    'is staff of its partner department; their queue still names it as recused (利害関係のある提案は、決定まで閲覧できません).',
    '',
    head,
    rule,
    ...lines,
    '',
  ].join('\n');
}
