import { Injectable } from '@nestjs/common';
import type { PredecessorProjectPort } from '@kyodo/proposals';
import { AgreementRepository } from './agreements/agreement.repository';
import { ResultsReportRepository } from './results-reports/results-report.repository';

/**
 * The proposals library's PredecessorProjectPort (継続事業): whether an adopted proposal's project was carried out,
 * from what this library records — its agreement concluded, its results report (実績報告) accepted.
 */
@Injectable()
export class PredecessorProjects implements PredecessorProjectPort {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly results: ResultsReportRepository,
  ) {}

  async recordOf(
    municipalityId: string,
    proposalId: string,
  ): Promise<{ agreementConcluded: boolean; resultsReportAccepted: boolean }> {
    const agreement = await this.agreements.findByProposal(municipalityId, proposalId);
    const reports = await this.results.listFor(municipalityId, proposalId);
    return {
      agreementConcluded: agreement?.concludedAt != null,
      resultsReportAccepted: reports.some((report) => report.status === 'accepted'),
    };
  }
}
