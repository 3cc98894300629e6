import type { ProposalEvent } from '@kyodo/workflow';

/** What the lifecycle fills in itself: who sends the event, when, and what is known of the world then. */
type FilledByLifecycle = 'actor' | 'at' | 'facts';

/** Omit applied to each member of a union, so every event keeps its own payload. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event for the proposal machine as a caller sends it: one of the machine's events, minus what the lifecycle fills. */
export type ProposalEventInput = OmitEach<ProposalEvent, FilledByLifecycle>;

/** SUBMIT and RESUBMIT: what SubmitProposal takes. */
export type SubmissionInput = Extract<ProposalEventInput, { type: 'SUBMIT' | 'RESUBMIT' }>;

/** Every other event: what SendProposalEvent takes. */
export type LifecycleEventInput = Exclude<ProposalEventInput, SubmissionInput>;

/** SUBMIT and RESUBMIT go to SubmitProposal; every other event to SendProposalEvent. */
export function isSubmission(event: ProposalEventInput): event is SubmissionInput {
  return event.type === 'SUBMIT' || event.type === 'RESUBMIT';
}
