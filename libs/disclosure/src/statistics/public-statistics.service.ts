import { Injectable } from '@nestjs/common';
import { ActivityFieldRepository, OrganizationRepository } from '@kyodo/identity';
import { type ReadFrom } from '@kyodo/persistence';
import { ProposalFunnelRepository } from '@kyodo/proposals';
import { PublicationRepository } from '../publications/publication.repository';
import { buildFunnel, type FunnelRow } from './funnel';

/** 統計: the funnel of every received proposal, counted, never named. */
@Injectable()
export class PublicStatisticsService {
  constructor(
    private readonly funnelFacts: ProposalFunnelRepository,
    private readonly organizations: OrganizationRepository,
    private readonly activityFields: ActivityFieldRepository,
    private readonly publications: PublicationRepository,
  ) {}

  /**
   * Every received proposal of the municipality, staged by its state and its published decision; `from` the replica
   * for the public statistics.
   */
  async funnel(municipalityId: string, from: ReadFrom = 'primary'): Promise<FunnelRow[]> {
    const facts = await this.funnelFacts.receivedOf(municipalityId, from);
    const outcomes = await this.publications.latestOutcomes(municipalityId, from);
    const departmentIds = [...new Set(facts.flatMap((f) => f.departmentIds))];
    const departments = await this.organizations.listByIds(departmentIds, from);
    return buildFunnel(facts, outcomes, {
      departments: new Map(departments.map((d) => [d.id, { ja: d.nameJa, en: d.nameEn }])),
      fields: await this.activityFields.listFor(municipalityId, from),
    });
  }
}
