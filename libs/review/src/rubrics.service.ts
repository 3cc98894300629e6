import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, Clock, hasRole, ValidationFailedError } from '@kyodo/platform';
import { CallRepository, ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { rubricProblems, type RubricInput, type Stage, withEnglishNames } from './rubric-definition';
import { RubricRepository, type StoredRubric } from './rubrics/rubric.repository';

export { latestRubric, type StoredRubric } from './rubrics/rubric.repository';

/**
 * Versioned rubrics per call and stage. Editing a rubric that no score sheet
 * has opened yet changes it in place; once frozen, an edit makes a new
 * version and the sheets already opened keep theirs.
 */
@Injectable()
export class RubricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RubricRepository) private readonly rubrics: RubricRepository,
    @Inject(CallRepository) private readonly calls: CallRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async put(actor: Actor, callId: string, stage: Stage, input: RubricInput): Promise<StoredRubric> {
    const definition = withEnglishNames(input);
    if (!hasRole(actor, 'secretariat')) throw new ReviewError(ReviewErrorCode.NotAllowed);
    await this.callInScope(actor, callId);
    const problems = rubricProblems(definition);
    if (problems.length > 0) throw new ValidationFailedError([{ field: 'criteria', messages: problems }]);
    return this.dataSource.transaction(async (manager) => {
      await this.calls.lockForUpdate(manager, callId);
      const latest = await this.rubrics.latest(callId, stage, manager);
      let stored: StoredRubric;
      if (latest && !latest.frozenAt) {
        await this.rubrics.replaceDefinition(manager, latest.id, definition);
        stored = { id: latest.id, callId, stage, version: latest.version, definition, frozenAt: null };
      } else {
        const version = latest ? latest.version + 1 : 1;
        const id = randomUUID();
        await this.rubrics.insert(manager, {
          id,
          municipalityId: actor.municipalityId,
          callId,
          stage,
          version,
          definition,
        });
        stored = { id, callId, stage, version, definition, frozenAt: null };
      }
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `call:${callId}`,
        action: 'rubric.saved',
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        after: { stage, version: stored.version, criteria: definition.criteria.map((c) => c.key) },
        at: this.clock.now(),
      });
      return stored;
    });
  }

  async current(actor: Actor, callId: string, stage: Stage): Promise<StoredRubric> {
    await this.callInScope(actor, callId);
    const rubric = await this.rubrics.latest(callId, stage);
    if (!rubric) throw new ReviewError(ReviewErrorCode.RubricMissing, { stage });
    return rubric;
  }

  private async callInScope(actor: Actor, callId: string): Promise<void> {
    const municipalityId = (await this.calls.findById(callId))?.municipalityId;
    if (!municipalityId || municipalityId !== actor.municipalityId)
      throw new ProposalError(ProposalErrorCode.CallNotFound);
  }
}
