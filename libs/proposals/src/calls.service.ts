import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { CallEntity } from '@kyodo/persistence';
import { type Actor, type Clock, hasRole, ValidationFailedError } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from './proposal-errors';

export interface NewCall {
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
  descriptionJa?: string;
  descriptionEn?: string;
  maxRequestedAmount?: number | null;
  submissionOpensAt: string;
  submissionClosesAt: string;
  consultationRequired?: boolean;
  provisionalAdoption?: boolean;
  preConsultation?: boolean;
}

/** 募集回: created and edited by the secretariat, readable by every member of the municipality. */
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: NewCall): Promise<CallEntity> {
    if (!hasRole(actor, 'secretariat', 'admin') || !actor.municipalityId) {
      throw new ProposalError(ProposalErrorCode.NotAllowed);
    }
    const opens = new Date(input.submissionOpensAt);
    const closes = new Date(input.submissionClosesAt);
    if (closes <= opens) {
      throw new ValidationFailedError([
        { field: 'submissionClosesAt', messages: ['submissionClosesAt must be after submissionOpensAt'] },
      ]);
    }
    const now = this.clock.now();
    const row: CallEntity = {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      fiscalYear: input.fiscalYear,
      titleJa: input.titleJa,
      titleEn: input.titleEn,
      descriptionJa: input.descriptionJa ?? '',
      descriptionEn: input.descriptionEn ?? '',
      maxRequestedAmount: input.maxRequestedAmount ?? null,
      submissionOpensAt: opens,
      submissionClosesAt: closes,
      consultationRequired: input.consultationRequired ?? false,
      provisionalAdoption: input.provisionalAdoption ?? false,
      preConsultation: input.preConsultation ?? false,
      createdAt: now,
      updatedAt: now,
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(CallEntity, row);
      await appendAudit(manager, {
        municipalityId: row.municipalityId,
        stream: `call:${row.id}`,
        action: 'call.created',
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        after: row,
        at: now,
      });
    });
    return row;
  }

  async list(actor: Actor): Promise<CallEntity[]> {
    if (!actor.municipalityId) return [];
    return this.dataSource.getRepository(CallEntity).find({
      where: { municipalityId: actor.municipalityId },
      order: { fiscalYear: 'DESC', submissionOpensAt: 'DESC' },
    });
  }

  /** Another municipality's call is simply not found. */
  async get(actor: Actor, id: string): Promise<CallEntity> {
    const call = await this.dataSource.getRepository(CallEntity).findOneBy({ id });
    if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    return call;
  }
}
