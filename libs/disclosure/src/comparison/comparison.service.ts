import { Injectable } from '@nestjs/common';
import { MunicipalityRepository } from '@kyodo/identity';
import { ProposalFunnelRepository } from '@kyodo/proposals';
import { type CsvEncoding, csvFile, type OpenDataFile } from '../open-data-files';
import { PublicationRepository } from '../publications/publication.repository';
import {
  COMPARISON_COLUMNS,
  comparisonCsv,
  type ComparisonInput,
  comparisonRecords,
  type ComparisonSummary,
  comparisonSummaries,
} from './comparison-dataset';

/**
 * 自治体間比較: the funnel of every municipality that joined the comparison, side by side, and the dataset behind
 * it — one row per received proposal with no name, title or id. A municipality that has not joined is not read.
 * Public: read from the read replica when one is set.
 */
@Injectable()
export class ComparisonService {
  constructor(
    private readonly municipalities: MunicipalityRepository,
    private readonly funnelFacts: ProposalFunnelRepository,
    private readonly publications: PublicationRepository,
  ) {}

  async summary(): Promise<{ municipalities: ComparisonSummary[] }> {
    return { municipalities: comparisonSummaries(await this.inputs()) };
  }

  async dataset(format: 'csv' | 'json', options: { encoding: CsvEncoding; bom: boolean }): Promise<OpenDataFile> {
    const records = comparisonRecords(await this.inputs());
    if (format === 'json') {
      return {
        body: JSON.stringify({ columns: [...COMPARISON_COLUMNS], records }),
        contentType: 'application/json; charset=utf-8',
      };
    }
    return csvFile(comparisonCsv(records), options.encoding, options.bom);
  }

  private async inputs(): Promise<ComparisonInput[]> {
    const inputs: ComparisonInput[] = [];
    for (const municipality of await this.municipalities.listInComparison('replica')) {
      inputs.push({
        municipality,
        facts: await this.funnelFacts.receivedOf(municipality.id, 'replica'),
        outcomes: await this.publications.latestOutcomes(municipality.id, 'replica'),
        published: await this.publications.publishedFacts(municipality.id, 'replica'),
      });
    }
    return inputs;
  }
}
