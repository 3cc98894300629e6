import { Injectable } from '@nestjs/common';
import { achievementPercent, PublicationRepository } from '@kyodo/disclosure';
import { OrganizationRepository } from '@kyodo/identity';
import { PartnershipQueries } from '@kyodo/partnership';
import { type Actor, bilingualName, hasRole } from '@kyodo/platform';
import {
  type PartnershipHistoryRow,
  ProposalError,
  ProposalErrorCode,
  ProposalQueries,
  PartnershipHistoryRepository,
} from '@kyodo/proposals';
import { ScoreSheetsService } from '@kyodo/review';
import { MemoryError, MemoryErrorCode } from '../memory-errors';
import { type MemorySection, sectionOf, selfEvaluationGap, sidesOf } from '../memory-parties';
import {
  type MemoryOrganization,
  type MemoryProject,
  type PartnershipMemoryView,
  summarise,
} from './partnership-memory';

const SECTIONS: MemorySection[] = ['pair', 'groupOnly', 'departmentOnly'];

/**
 * 協働の記録 (Sapporo: 「情報・知識・ノウハウを整理・蓄積し、庁内で共有化」): what the municipality learnt from the
 * proposal's group and departments before — past decisions with 講評, agreements, reports, end-of-term verdicts,
 * the gap between the self-evaluations and KPIs planned against achieved. A read model asked of the owners
 * (proposals, partnership, disclosure, identity). The secretariat and the committee read it on the proposal and in
 * the meeting; a reviewer only once their own sheet on the proposal is in (the blind rule of libs/review), so that
 * the past cannot lead their scoring. Within the proposal's municipality only.
 */
@Injectable()
export class PartnershipMemory {
  constructor(
    private readonly proposals: PartnershipHistoryRepository,
    private readonly proposalQueries: ProposalQueries,
    private readonly sheets: ScoreSheetsService,
    private readonly partnership: PartnershipQueries,
    private readonly publications: PublicationRepository,
    private readonly organizations: OrganizationRepository,
  ) {}

  async ofProposal(actor: Actor, proposalId: string): Promise<PartnershipMemoryView> {
    // 404 for anyone who may not see the proposal (another municipality, a recused reviewer …), as its own read.
    const proposal = await this.proposalQueries.visibleRow(actor, proposalId);
    if (proposal.state === 'draft') throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    if (!hasRole(actor, 'secretariat', 'committee_member', 'committee_chair', 'reviewer')) {
      throw new MemoryError(MemoryErrorCode.NotAllowed);
    }
    if (!(await this.sheets.blindLifted(actor, proposalId))) throw new MemoryError(MemoryErrorCode.BlindUntilSubmitted);

    const current = sidesOf(proposal);
    const rows = (
      await this.proposals.involving(proposal.municipalityId, [...current.groupIds, ...current.departmentIds])
    ).filter((row) => row.id !== proposalId);
    const [published, organizations, records] = await Promise.all([
      this.publications.latestPackagesOf(rows.map((r) => r.id)),
      this.organizationsOf([proposal, ...rows]),
      Promise.all(rows.map((row) => this.partnership.recordOf(proposal.municipalityId, row.id))),
    ]);
    const named = (ids: string[]) => ids.flatMap((id) => (organizations.has(id) ? [organizations.get(id)!] : []));
    const sections = Object.fromEntries(SECTIONS.map((s) => [s, [] as MemoryProject[]])) as Record<
      MemorySection,
      MemoryProject[]
    >;
    rows.forEach((row, i) => {
      const sides = sidesOf(row);
      const section = sectionOf(current, sides);
      if (!section) return;
      const record = records[i]!;
      const packages = published.get(row.id) ?? {};
      sections[section].push({
        proposalId: row.id,
        fiscalYear: row.fiscalYear,
        title: row.title,
        receiptNumber: row.receiptNumber,
        state: row.state,
        origin: row.origin,
        groups: named(sides.groupIds),
        departments: named(sides.departmentIds),
        decision: row.decision
          ? {
              outcome: row.decision.outcome,
              comment: row.decision.reason,
              decidedAt: row.decision.at,
              published: packages.decision !== undefined,
            }
          : null,
        agreement: record.agreement,
        progressReports: record.progressReports,
        resultsReport: record.resultsReport,
        assessment: assessmentOf(row, packages.assessment !== undefined),
        selfEvaluationGap: selfEvaluationGap(row.selfEvaluationScores.group, row.selfEvaluationScores.department),
        kpis: record.kpis.map((k) => ({
          kind: k.kind,
          name: k.name,
          unit: k.unit,
          target: k.target,
          plannedTarget: k.plannedTarget,
          actual: k.actual,
          actualFrom: k.actualFrom,
          achievementPercent: achievementPercent(k.actual, k.target),
        })),
      });
    });
    return {
      proposalId,
      groups: named(current.groupIds),
      departments: named(current.departmentIds),
      sections: Object.fromEntries(
        SECTIONS.map((s) => [s, { summary: summarise(sections[s]), projects: sections[s] }]),
      ) as PartnershipMemoryView['sections'],
    };
  }

  /** Every organisation the proposals name, by id, with its name in both languages. */
  private async organizationsOf(
    rows: Array<Pick<PartnershipHistoryRow, 'origin' | 'organizationId' | 'partnerDepartmentIds' | 'partnerGroupIds'>>,
  ): Promise<Map<string, MemoryOrganization>> {
    const ids = [...new Set(rows.flatMap((r) => [r.organizationId, ...r.partnerDepartmentIds, ...r.partnerGroupIds]))];
    const found = await this.organizations.listByIds(ids);
    return new Map(found.map((o) => [o.id, { id: o.id, kind: o.kind, name: bilingualName(o.nameJa, o.nameEn) }]));
  }
}

function assessmentOf(row: PartnershipHistoryRow, published: boolean): MemoryProject['assessment'] {
  return row.assessment
    ? {
        verdict: row.assessment.verdict,
        comment: row.assessment.comment,
        assessedAt: row.assessment.at,
        published,
      }
    : null;
}
