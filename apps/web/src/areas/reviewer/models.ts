import type { Schema } from '../../api/models';

/** The reviewer's answers, named from the API's document (openapi.gen.ts): a changed answer fails the type check. */
export type AssignmentStatus = Schema<'Assignment'>['status'];

/** One row of GET /api/v1/me/assignments (the assignment with its proposal's title and the review deadline). */
export type QueueItem = Schema<'AssignmentQueueItem'>;

/** An assignment as its own moves answer it (no proposal title or deadline: those come from the queue). */
export type AssignmentRecord = Schema<'Assignment'>;

export type MySheet = Schema<'ScoreSheet'>;

/** GET /api/v1/proposals/{id}, as the reviewer and the committee read it. */
export type ProposalDetail = Schema<'Proposal'>;

export type CallSummary = Schema<'Call'>;
