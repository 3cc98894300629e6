import { Injectable } from '@nestjs/common';
import { PublicationRepository } from '@kyodo/disclosure';
import { OrganizationRepository } from '@kyodo/identity';
import { bilingualName } from '@kyodo/platform';
import { PartnershipHistoryRepository } from '@kyodo/proposals';
import { MemoryError, MemoryErrorCode } from '../memory-errors';
import {
  type AssessmentPackagePart,
  type DecisionPackagePart,
  type GroupTrackRecordView,
  projectFromPackages,
  type TrackRecordProject,
  trackRecordSummary,
} from './group-track-record';

/** The citizen side's kinds: a registered group, or an intermediary that proposes as one. */
const CITIZEN_KINDS = new Set(['group', 'intermediary']);

/**
 * 協働の実績: a citizen group's public track record, built from published disclosure packages only — each disclosed
 * decision with its 講評, and the end-of-term evaluation once that is disclosed (verdict, KPIs planned against
 * achieved, how far the two self-evaluations agreed). A decision not yet published, a report not yet in a published
 * package, is not there. Within the group's own municipality. A group with nothing published is not found, so the
 * route tells nothing of groups that have no public record. Public: read from the read replica when one is set.
 */
@Injectable()
export class GroupTrackRecord {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly proposals: PartnershipHistoryRepository,
    private readonly publications: PublicationRepository,
  ) {}

  async of(groupId: string): Promise<GroupTrackRecordView> {
    const group = await this.organizations.findById(groupId, 'replica');
    if (!group || !CITIZEN_KINDS.has(group.kind)) throw new MemoryError(MemoryErrorCode.GroupNotFound);
    // Only proposals the group made or was named in as a partner group, not those it merely shares a department with.
    const rows = (await this.proposals.involving(group.municipalityId, [groupId], 'replica')).filter(
      (r) => r.organizationId === groupId || r.partnerGroupIds.includes(groupId),
    );
    const published = await this.publications.latestPackagesOf(
      rows.map((r) => r.id),
      'replica',
    );
    const projects = rows.flatMap((row): TrackRecordProject[] => {
      const packages = published.get(row.id);
      if (!packages?.decision) return [];
      const project = projectFromPackages(
        row.id,
        packages.decision as { package: DecisionPackagePart; publishedAt: Date },
        packages.assessment as { package: AssessmentPackagePart; publishedAt: Date } | undefined,
      );
      return project ? [project] : [];
    });
    if (projects.length === 0) throw new MemoryError(MemoryErrorCode.GroupNotFound);
    projects.sort(
      (a, b) => b.fiscalYear - a.fiscalYear || String(a.receiptNumber).localeCompare(String(b.receiptNumber)),
    );
    return {
      group: { id: group.id, name: bilingualName(group.nameJa, group.nameEn) },
      summary: trackRecordSummary(projects),
      projects,
    };
  }
}
