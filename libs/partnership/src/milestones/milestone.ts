export type MilestoneStatus = 'planned' | 'done' | 'delayed';
export const MILESTONE_STATUSES = ['planned', 'done', 'delayed'] as const satisfies readonly MilestoneStatus[];

export interface Milestone {
  id: string;
  proposalId: string;
  title: string;
  dueOn: string | null;
  status: MilestoneStatus;
  doneAt: string | null;
  /** The day it was done, as given when its status was set to done afterwards. */
  doneOn: string | null;
  /** Why it is delayed, as given when its status was set to delayed. */
  delayNote: string | null;
  recordedBy: string;
  createdAt: string;
}
