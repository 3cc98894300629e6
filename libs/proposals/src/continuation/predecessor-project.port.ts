/**
 * What the partnership library records of an adopted proposal's project (協定・実績報告), as continuation asks it.
 * libs/partnership depends on this library, so it implements the port and provides it under the token; this library
 * never reads the partnership tables.
 */
export interface PredecessorProjectPort {
  recordOf(
    municipalityId: string,
    proposalId: string,
  ): Promise<{ agreementConcluded: boolean; resultsReportAccepted: boolean }>;
}

/** Nest token under which libs/partnership's global module provides the PredecessorProjectPort. */
export const PREDECESSOR_PROJECT_PORT = Symbol('PredecessorProjectPort');
