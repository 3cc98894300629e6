import { Injectable } from '@nestjs/common';
import { ActivityFieldRepository, OrganizationRepository } from '@kyodo/identity';
import type { CallEntity } from './calls/call.entity';
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

  /** Theme of this call, departments of this municipality, activity fields in the call's scope; the amount cap. */
  async check(
    call: CallEntity,
    themeId: string | null,
    partnerDepartmentIds: string[],
    content: ProposalContent,
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
    const fields = content.activityFields ?? [];
    if (fields.length > 0) {
      const known = (await this.activityFields.listFor(call.municipalityId)).map((field) => field.key);
      const inScope = (key: string) =>
        known.includes(key) && (call.activityFields.length === 0 || call.activityFields.includes(key));
      if (!fields.every(inScope)) problems.push('content.activityFields');
    }
    if (problems.length > 0) throw new ProposalError(ProposalErrorCode.InvalidReference, { fields: problems });
    const requested = content.requestedAmount;
    if (call.maxRequestedAmount !== null && typeof requested === 'number' && requested > call.maxRequestedAmount) {
      throw new ProposalError(ProposalErrorCode.AmountOverMaximum, { maximum: call.maxRequestedAmount, requested });
    }
  }
}
