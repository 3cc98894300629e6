export { proposalMachine, PROPOSAL_MACHINE_VERSION, type ProposalInput } from './proposal.machine';
export {
  allowedProposalEvents,
  applyProposalEvent,
  createProposalSnapshot,
  stateValueToString,
} from './proposal-runtime';
export { proposalMachineToMermaid, buildWorkflowDoc, proposalTransitions } from './proposal-doc';
export {
  PROPOSAL_EVENT_TYPES,
  type Actor,
  type Audience,
  type Effect,
  type Outcome,
  type Party,
  type ProposalContext,
  type ProposalEvent,
  type ProposalEventType,
  type ProposalFacts,
  type Relation,
  type Role,
  type Verdict,
} from './proposal-types';
