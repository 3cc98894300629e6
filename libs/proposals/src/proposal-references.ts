import { Injectable } from '@nestjs/common';
import { ActivityFieldRepository, OrganizationRepository } from '@kyodo/identity';
import type { CallEntity } from './calls/call.entity';
import { amountRefusal } from './calls/call-money';
import { CallRepository } from './calls/call.repository';
import type { ProposalContent } from './proposal-content';
import { ProposalError, ProposalErrorCode } from './proposal-errors';

/** What a proposal points at must exist where it may: checked on creation and on every edit. */
@Injectable()
export class ProposalReferences {
  constructor(
    private readonly calls: CallRepository,
    private readonly organizations: OrganizationRepository,
    private readonly activityFields: ActivityFieldRepository,
  ) {}

  /**
   * Theme of this call, departments and partner groups of this municipality, activity fields in the call's scope; the
   * amount against the call's subsidy ratio, the cap of the project's `year` (1 unless it continues an earlier project)
   * and maximum.
   */
  async check(
    call: CallEntity,
    themeId: string | null,
    partnerDepartmentIds: string[],
    content: ProposalContent,
    partnerGroups: { origin: 'group' | 'department'; ids: string[] } = { origin: 'group', ids: [] },
    year = 1,
  ): Promise<void> {
    const problems: string[] = [];
    if (themeId) {
      const theme = await this.calls.themeById(themeId);
      if (!theme || theme.callId !== call.id) problems.push('themeId');
    }
    if (partnerDepartmentIds.length > 0) {
      const count = await this.organizations.countDepartments(partnerDepartmentIds, call.municipalityId);
      if (count !== new Set(partnerDepartmentIds).size) problems.push('partnerDepartmentIds');
    }
    if (partnerGroups.ids.length > 0) {
      // 協働相手 are named by a department's proposal; a group's own proposal is the group's side already.
      const count =
        partnerGroups.origin === 'department'
          ? await this.organizations.countCitizenOrganizations(partnerGroups.ids, call.municipalityId)
          : 0;
      if (count !== new Set(partnerGroups.ids).size) problems.push('partnerGroupIds');
    }
    const fields = content.activityFields ?? [];
    if (fields.length > 0) {
      const known = (await this.activityFields.listFor(call.municipalityId)).map((field) => field.key);
      const inScope = (key: string) =>
        known.includes(key) && (call.activityFields.length === 0 || call.activityFields.includes(key));
      if (!fields.every(inScope)) problems.push('content.activityFields');
    }
    if (problems.length > 0) throw new ProposalError(ProposalErrorCode.InvalidReference, { fields: problems });
    const requested = content.requestedAmount;
    const refusal = typeof requested === 'number' ? amountRefusal(call, requested, content.budget, year) : null;
    if (refusal?.rule === 'maximum')
      throw new ProposalError(ProposalErrorCode.AmountOverMaximum, { maximum: refusal.limit, requested });
    if (refusal?.rule === 'year_cap')
      throw new ProposalError(ProposalErrorCode.AmountOverYearCap, { limit: refusal.limit, year, requested });
    if (refusal?.rule === 'subsidy_ratio') {
      const { limit, expenses, numerator, denominator } = refusal;
      throw new ProposalError(ProposalErrorCode.AmountOverSubsidyRatio, {
        limit,
        expenses,
        numerator,
        denominator,
        requested,
      });
    }
  }
}
