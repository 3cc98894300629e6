import { Injectable } from '@nestjs/common';
import type { Agreement } from './agreement';
import { AgreementRepository } from './agreement.repository';

/** The concluded agreement of a proposal, for the worker that writes its 協定書 (no person acts there). */
@Injectable()
export class AgreementDocuments {
  constructor(private readonly agreements: AgreementRepository) {}

  async concluded(municipalityId: string, proposalId: string): Promise<Agreement | null> {
    const agreement = await this.agreements.findByProposal(municipalityId, proposalId);
    return agreement?.concludedAt ? agreement : null;
  }
}
