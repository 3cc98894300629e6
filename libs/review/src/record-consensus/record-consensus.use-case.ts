import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, Clock, hasRole, ValidationFailedError, VersionConflictError } from '@kyodo/platform';
import { ReviewError, ReviewErrorCode } from '../review-errors';
import { ConsensusRepository } from '../sessions/consensus.repository';
import { SessionsService } from '../sessions.service';

export interface ConsensusInput {
  scores: Record<string, number>;
  reasons: Record<string, string>;
}

/**
 * The committee records its consensus on a proposal of the session's agenda (合意点): a score and its reason per
 * criterion, beside the individual sheets. A member recused from the proposal may not; a correction names the
 * version it corrects (If-Match), so two people correcting at once cannot overwrite each other unseen.
 */
@Injectable()
export class RecordConsensus {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SessionsService) private readonly read: SessionsService,
    @Inject(ConsensusRepository) private readonly consensus: ConsensusRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(
    actor: Actor,
    sessionId: string,
    proposalId: string,
    input: ConsensusInput,
    expectedVersion: number | null = null,
  ) {
    const session = await this.read.visible(actor, sessionId);
    if (!hasRole(actor, 'committee_chair', 'committee_member', 'secretariat'))
      throw new ReviewError(ReviewErrorCode.NotAllowed);
    const item = session.agenda.find((a) => a.proposalId === proposalId);
    if (!item) throw new ReviewError(ReviewErrorCode.NotOnAgenda);
    if (item.recused.includes(actor.userId)) throw new ReviewError(ReviewErrorCode.Conflicted);
    const missingReasons = Object.keys(input.scores).filter((key) => !input.reasons[key]?.trim());
    if (missingReasons.length > 0) {
      throw new ValidationFailedError(
        missingReasons.map((key) => ({ field: `reasons.${key}`, messages: ['each consensus score needs its reason'] })),
      );
    }
    await this.dataSource.transaction(async (manager) => {
      // With If-Match the write names the version it corrects (0: none yet). The row lock makes concurrent
      // corrections take turns; of concurrent first entries, the one that lands first wins and the rest
      // match nothing below. Either way the loser hears 409 with the current version.
      const current = (await this.consensus.lockedVersion(manager, sessionId, proposalId)) ?? 0;
      if (expectedVersion !== null && current !== expectedVersion) throw new VersionConflictError(current);
      const written = await this.consensus.write(
        manager,
        {
          sessionId,
          proposalId,
          municipalityId: actor.municipalityId,
          scores: input.scores,
          reasons: input.reasons,
          recordedBy: actor.userId,
          at: this.clock.now(),
        },
        expectedVersion,
      );
      if (!written) throw new VersionConflictError(expectedVersion ?? 0);
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `proposal:${proposalId}`,
        action: 'session.consensus_recorded',
        actorId: actor.userId,
        actorRole: hasRole(actor, 'committee_chair') ? 'committee_chair' : 'committee',
        requestId: actor.requestId,
        after: { sessionId, scores: input.scores, reasons: input.reasons },
        at: this.clock.now(),
      });
    });
    return this.read.get(actor, sessionId);
  }
}
