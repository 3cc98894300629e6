import type { DataSource } from 'typeorm';
import { CallEntity, ProposalEntity } from '@kyodo/persistence';
import type { Actor } from '@kyodo/platform';
import { canSee } from './proposal-access';
import { ProposalError, ProposalErrorCode } from './proposal-errors';

/** Loading rows the caller may see; shared by the command and query sides. */
export class ProposalRows {
  constructor(private readonly dataSource: DataSource) {}

  /** The proposal, or 404 for anyone who may not see it (never 403: existence is not revealed). */
  async visible(actor: Actor, id: string): Promise<ProposalEntity> {
    const row = await this.dataSource.getRepository(ProposalEntity).findOneBy({ id });
    if (!row || !canSee(actor, row)) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    return row;
  }

  call(id: string): Promise<CallEntity> {
    return this.dataSource.getRepository(CallEntity).findOneByOrFail({ id });
  }

  async callInScope(actor: Actor, callId: string): Promise<CallEntity> {
    const call = await this.dataSource.getRepository(CallEntity).findOneBy({ id: callId });
    if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    return call;
  }
}

export function fromRaw(raw: Record<string, unknown>): ProposalEntity {
  return {
    id: raw.id as string,
    municipalityId: raw.municipality_id as string,
    callId: raw.call_id as string,
    organizationId: raw.organization_id as string,
    origin: raw.origin as 'group' | 'department',
    themeId: (raw.theme_id as string | null) ?? null,
    partnerDepartmentIds: (raw.partner_department_ids as string[]) ?? [],
    title: raw.title as string,
    content: raw.content as Record<string, unknown>,
    state: raw.state as string,
    snapshot: raw.snapshot,
    machineVersion: raw.machine_version as number,
    version: raw.version as number,
    receiptNumber: raw.receipt_number as string | null,
    createdBy: raw.created_by as string,
    createdAt: raw.created_at as Date,
    updatedAt: raw.updated_at as Date,
  };
}
