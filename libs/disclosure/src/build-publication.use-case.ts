import { bilingualName } from '@kyodo/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEventRepository } from '@kyodo/audit';
import { CallRepository, ProposalRepository } from '@kyodo/proposals';
import type { JobPayloads } from '@kyodo/queues';
import { CommitteeRepository, MunicipalityRepository, OrganizationRepository } from '@kyodo/identity';
import { PartnershipQueries } from '@kyodo/partnership';
import { ResultsService, SessionRepository } from '@kyodo/review';
import { type AssessmentContext, ProjectAssessment } from './project-assessment';
import { PublicationRepository } from './publications/publication.repository';

/** A committee member as a disclosure names them. */
interface CommitteeSeat {
  name: string;
  position: string;
  affiliation: string | null;
}

/** What the proposal's machine records of its outcome (its snapshot's context). */
interface OutcomeContext {
  decision: {
    outcome: string;
    reason: string;
    at: string;
    provisional: boolean;
    budgetRejection?: { reason: string; at: string } | null;
  } | null;
  conditions: Array<{ id: string; text: string; resolvedAt: string | null }>;
  assessment: { verdict: string; comment: string; at: string } | null;
  selfEvaluations?: AssessmentContext['selfEvaluations'];
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
    private readonly partnership: PartnershipQueries,
    private readonly projectAssessment: ProjectAssessment,
    private readonly audit: AuditEventRepository,
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
    const partners = (await this.organizations.listByIds(row.partnerDepartmentIds)).map((o) =>
      bilingualName(o.nameJa, o.nameEn),
    );
    // 協働相手 by name only: an organisation's contact details are never part of a package.
    const partnerGroups = (await this.organizations.listByIds(row.partnerGroupIds ?? [])).map((o) =>
      bilingualName(o.nameJa, o.nameEn),
    );
    const content = row.content;
    const results = await this.results.publicResults(row.id);
    // 検証用: the anonymised score matrix and its rule (open data's scores.csv and rule.json), never shown as it is.
    const scoreMatrix = job.kind === 'decision' ? await this.results.publicScoreMatrix(row.id) : {};
    const committee = (await this.namesCommittee(row.municipalityId)) ? await this.committeeOf(row.id) : null;
    const pkg = {
      kind: job.kind,
      proposal: {
        id: row.id,
        receiptNumber: row.receiptNumber,
        title: row.title,
        origin: row.origin,
        proposalType: row.proposalType,
        organization: bilingualName(organization.nameJa, organization.nameEn),
        partnerDepartments: partners,
        partnerGroups,
        theme: theme?.titleJa ?? null,
        summary: content.summary ?? null,
        background: content.background ?? null,
        objectives: content.objectives ?? null,
        kpis: content.kpis ?? [],
        activityFields: content.activityFields ?? [],
        requestedAmount: content.requestedAmount ?? null,
      },
      // The form of partnership names the amount on the public page (委託料, 補助金, 負担金 …).
      call: {
        id: row.callId,
        fiscalYear: call.fiscalYear,
        title: bilingualName(call.titleJa, call.titleEn),
        partnershipForm: call.partnershipForm,
      },
      decision: context.decision ? decisionOf(context.decision) : null,
      conditions: context.conditions.map((c) => ({ text: c.text, resolved: c.resolvedAt !== null })),
      assessment:
        job.kind === 'assessment' && context.assessment
          ? {
              verdict: context.assessment.verdict,
              comment: context.assessment.comment,
              assessedAt: context.assessment.at,
              // 事業評価: KPIs planned against actual, both self-evaluations side by side, the combined score.
              ...(await this.projectAssessment.of({
                callId: row.callId,
                selfEvaluations: context.selfEvaluations ?? { group: null, department: null },
                kpis: await this.partnership.kpisAgainstActual(row.id),
                committee: results.stages.project_end as { total: number } | undefined,
                weights: results.settings.projectWeights,
              })),
            }
          : null,
      scores: results.stages,
      consensus: results.consensus,
      rounding: results.rounding,
      // 「※端数処理の関係で合計が合わない場合があります。」, shown where a stage's display says the parts do not add up.
      roundingNote: results.roundingNote,
      committee,
      state: row.state,
    };
    return this.dataSource.transaction(async (manager) => {
      await this.proposals.lockForUpdate(manager, row.id);
      // Where the proposal's audit chain ended when the package was built: a later edit of the record shows against it.
      const [auditHead] = await this.audit.heads(manager, `proposal:${row.id}`);
      const version = await this.publications.insertNextVersion(manager, {
        municipalityId: row.municipalityId,
        callId: row.callId,
        proposalId: row.id,
        kind: job.kind,
        sourceKey: job.sourceKey,
        package: { ...pkg, verification: { scoreMatrix, auditHead: auditHead ?? null } },
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

/**
 * The decision as published: the committee's 講評 always, labelled as such; 内定 while the budget is pending; and
 * when the budget fell, its reason beside the 講評 (never over it).
 */
function decisionOf(decision: NonNullable<OutcomeContext['decision']>) {
  const budget = decision.budgetRejection ?? null;
  return {
    outcome: decision.outcome,
    comment: decision.reason,
    decidedAt: decision.at,
    provisional: decision.provisional,
    budgetRejection: budget ? { reason: budget.reason, at: budget.at } : null,
  };
}

/** The outcome part of the machine's persisted snapshot (the workflow writes it; a published proposal has one). */
function outcomeOf(snapshot: unknown): OutcomeContext {
  return (snapshot as { context: OutcomeContext }).context;
}
