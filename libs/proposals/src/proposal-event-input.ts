/** An event for the proposal machine as a caller sends it: the type and its payload. */
export interface ProposalEventInput {
  type: string;
  [key: string]: unknown;
}

/** SUBMIT and RESUBMIT go to SubmitProposal; every other event to SendProposalEvent. */
export function isSubmission(event: ProposalEventInput): boolean {
  return event.type === 'SUBMIT' || event.type === 'RESUBMIT';
}
