import type { JobPayloads } from '@kyodo/queues';

type Job = JobPayloads['notify.proposal-event'];

/** States whose decision is published: the public page exists from here on. */
const DISCLOSED_STATES = ['disclosed', 'agreement', 'implementation', 'projectEvaluation', 'completed'];

/**
 * The page a notice's recipients can open (the web's routes in apps/web/src/areas/*\/area.tsx). A proposal's public
 * page answers 404 until its decision is disclosed — to its owner too — so only the public audience is sent there,
 * and only then; everyone else goes to their own area: the owner and the partner department to the workspace, the
 * secretariat to the console, reviewers to their desk, the committee to the session (or its list of sessions).
 */
export function noticeLink(baseUrl: string, job: Job, proposalState: string | null): string {
  const base = baseUrl.replace(/\/+$/, '');
  const proposal = job.proposalId ? encodeURIComponent(job.proposalId) : null;
  const session = job.sessionId ? `${base}/committee/sessions/${encodeURIComponent(job.sessionId)}` : null;
  switch (job.audience) {
    case 'owners':
    case 'partnerDepartment':
      return proposal ? `${base}/workspace/proposals/${proposal}` : `${base}/workspace`;
    case 'secretariat':
      return proposal ? `${base}/console/proposals/${proposal}` : `${base}/console`;
    case 'reviewers':
      return `${base}/review`;
    case 'committee':
      return session ?? `${base}/committee`;
    case 'public':
      return proposal && DISCLOSED_STATES.some((s) => proposalState?.split('.')[0] === s)
        ? `${base}/proposals/${proposal}`
        : base;
    default:
      // Named users: the session's members, or the reviewers a proposal was assigned to.
      if (session) return session;
      if (job.template.startsWith('review.') || job.template === 'reminder.review') return `${base}/review`;
      return base;
  }
}
