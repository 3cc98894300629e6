import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CallRepository, ProposalRepository } from '@kyodo/proposals';
import type { JobPayloads } from '@kyodo/queues';
import { CommitteeRepository, MunicipalityRepository, OrganizationRepository } from '@kyodo/identity';
import { ResultsService, SessionRepository } from '@kyodo/review';
import { PublicationRepository } from './publications/publication.repository';

/** A committee member as a disclosure names them. */
interface CommitteeSeat {
  name: string;
  position: string;
  affiliation: string | null;
}

/** What the proposal's machine records of its outcome (its snapshot's context). */
interface OutcomeContext {
  decision: { outcome: string; reason: string; at: string; provisional: boolean } | null;
  conditions: Array<{ id: string; text: string; resolvedAt: string | null }>;
  assessment: { verdict: string; comment: string; at: string } | null;
}

/**
 * 公開: builds the immutable disclosure package of a decision or an
 * assessment. Only what the public is entitled to see goes in — never the
 * contact person, never a reviewer beside a score; the committee is named
 * only where the municipality chose to. Idempotent on the source key.
 */
@Injectable()
export class BuildPublication {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationRepository,
    private readonly proposals: ProposalRepository,
    private readonly calls: CallRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly organizations: OrganizationRepository,
    private readonly committees: CommitteeRepository,
    private readonly sessions: SessionRepository,
    private readonly results: ResultsService,
  ) {}

  async execute(
    job: JobPayloads['publish.package'],
    correctionReason: string | null = null,
  ): Promise<{ version: number } | null> {
    const row = await this.proposals.findById(job.proposalId);
    if (!row || row.municipalityId !== job.municipalityId) return null;
    const call = await this.calls.getById(row.callId);
    const organization = await this.organizations.findById(row.organizationId);
    if (!organization) return null;
    const theme = row.themeId ? await this.calls.themeById(row.themeId) : null;
    const context = outcomeOf(row.snapshot);
    const partners = (await this.organizations.listByIds(row.partnerDepartmentIds)).map((o) => ({
      ja: o.nameJa,
      en: o.nameEn,
    }));
    const content = row.content;
    const results = await this.results.publicResults(row.id);
    const committee = (await this.namesCommittee(row.municipalityId)) ? await this.committeeOf(row.id) : null;
    const pkg = {
      kind: job.kind,
      proposal: {
        id: row.id,
        receiptNumber: row.receiptNumber,
        title: row.title,
        origin: row.origin,
        organization: { ja: organization.nameJa, en: organization.nameEn },
        partnerDepartments: partners,
        theme: theme?.titleJa ?? null,
        summary: content.summary ?? null,
        background: content.background ?? null,
        objectives: content.objectives ?? null,
        kpis: content.kpis ?? [],
        activityFields: content.activityFields ?? [],
        requestedAmount: content.requestedAmount ?? null,
      },
      call: { id: row.callId, fiscalYear: call.fiscalYear, title: { ja: call.titleJa, en: call.titleEn } },
      decision: context.decision
        ? { outcome: context.decision.outcome, comment: context.decision.reason, decidedAt: context.decision.at }
        : null,
      conditions: context.conditions.map((c) => ({ text: c.text, resolved: c.resolvedAt !== null })),
      assessment:
        job.kind === 'assessment' && context.assessment
          ? {
              verdict: context.assessment.verdict,
              comment: context.assessment.comment,
              assessedAt: context.assessment.at,
            }
          : null,
      scores: results.stages,
      consensus: results.consensus,
      rounding: results.rounding,
      committee,
      state: row.state,
    };
    return this.dataSource.transaction(async (manager) => {
      await this.proposals.lockForUpdate(manager, row.id);
      const version = await this.publications.insertNextVersion(manager, {
        municipalityId: row.municipalityId,
        callId: row.callId,
        proposalId: row.id,
        kind: job.kind,
        sourceKey: job.sourceKey,
        package: pkg,
        correctionReason,
      });
      return version === null ? null : { version };
    });
  }

  /** Whether the municipality names its committee in what it discloses. */
  private async namesCommittee(municipalityId: string): Promise<boolean> {
    const [municipality] = await this.municipalities.listById(municipalityId);
    return municipality?.namesCommittee ?? false;
  }

  /** The committee that evaluated the proposal, by name and affiliation — never beside a score. */
  private async committeeOf(proposalId: string): Promise<CommitteeSeat[]> {
    const seats = await this.committees.seatsOf(await this.sessions.committeesWithProposal(proposalId));
    return seats.map((s) => ({ name: s.displayName, position: s.position, affiliation: s.affiliation }));
  }
}

/** The outcome part of the machine's persisted snapshot (the workflow writes it; a published proposal has one). */
function outcomeOf(snapshot: unknown): OutcomeContext {
  return (snapshot as { context: OutcomeContext }).context;
}
