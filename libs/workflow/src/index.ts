export * from './interim-proposal.machine';
