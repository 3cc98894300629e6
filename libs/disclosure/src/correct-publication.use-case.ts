import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, hasRole, NotFoundError } from '@kyodo/platform';
import { ProposalRepository } from '@kyodo/proposals';
import { BuildPublication } from './build-publication.use-case';
import { PublicationRepository } from './publications/publication.repository';

/**
 * A correction is a new version of a publication, rebuilt from the current
 * record and carrying its reason; earlier versions stay readable.
 */
@Injectable()
export class CorrectPublication {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly publications: PublicationRepository,
    private readonly build: BuildPublication,
  ) {}

  async execute(actor: Actor, proposalId: string, kind: 'decision' | 'assessment', reason: string) {
    const proposal = await this.proposals.findById(proposalId);
    const published = proposal !== null && (await this.publications.exists(proposalId, kind));
    if (!proposal || !published || proposal.municipalityId !== actor.municipalityId || !hasRole(actor, 'secretariat')) {
      throw new NotFoundError({ ja: '公開済みの結果', en: 'The published result' });
    }
    const result = await this.build.execute(
      {
        municipalityId: proposal.municipalityId,
        proposalId,
        kind,
        sourceKey: `correction:${randomUUID()}`,
        outboxId: 'correction',
      },
      reason,
    );
    return { version: result?.version ?? null, reason };
  }
}
