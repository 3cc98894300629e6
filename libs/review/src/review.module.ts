import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kyodo/identity';
import { ProposalsModule, REVIEW_FACTS_PORT } from '@kyodo/proposals';
import { AssignReviewers } from './assign-reviewers/assign-reviewers.use-case';
import { AssignmentRepository } from './assignments/assignment.repository';
import { ReviewAssignmentEntity } from './assignments/review-assignment.entity';
import { AssignmentsService } from './assignments.service';
import { AutoAssignReviewers } from './auto-assign-reviewers/auto-assign-reviewers.use-case';
import { RecordConsensus } from './record-consensus/record-consensus.use-case';
import { StageSheetsRepository } from './results/stage-sheets.repository';
import { ResultsService } from './results.service';
import { ReviewFacts } from './review-facts';
import { RubricEntity } from './rubrics/rubric.entity';
import { RubricRepository } from './rubrics/rubric.repository';
import { RubricsService } from './rubrics.service';
import { ScheduleSession } from './schedule-session/schedule-session.use-case';
import { ScoreSheetEntity } from './score-sheets/score-sheet.entity';
import { ScoreSheetRepository } from './score-sheets/score-sheet.repository';
import { ScoreSheetsService } from './score-sheets.service';
import { ConsensusRepository } from './sessions/consensus.repository';
import { ConsensusScoreEntity } from './sessions/consensus-score.entity';
import { EvaluationSessionEntity } from './sessions/evaluation-session.entity';
import { SessionLiveState } from './sessions/session-live-state';
import { SessionRepository } from './sessions/session.repository';
import { SessionsService } from './sessions.service';
import { SubmitScoreSheet } from './submit-score-sheet/submit-score-sheet.use-case';

/** The tables libs/review owns. */
export const REVIEW_ENTITIES = [
  RubricEntity,
  ReviewAssignmentEntity,
  ScoreSheetEntity,
  EvaluationSessionEntity,
  ConsensusScoreEntity,
];

/**
 * Global so that the proposals module can take the engine's ReviewFactsPort
 * without importing this module (this one imports it, and identity, for their owners' reads).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(REVIEW_ENTITIES), ProposalsModule, IdentityModule],
  providers: [
    RubricRepository,
    AssignmentRepository,
    ScoreSheetRepository,
    SessionRepository,
    ConsensusRepository,
    StageSheetsRepository,
    SessionLiveState,
    RubricsService,
    AssignmentsService,
    ScoreSheetsService,
    SessionsService,
    ResultsService,
    ReviewFacts,
    AssignReviewers,
    AutoAssignReviewers,
    SubmitScoreSheet,
    ScheduleSession,
    RecordConsensus,
    { provide: REVIEW_FACTS_PORT, useExisting: ReviewFacts },
  ],
  exports: [
    RubricsService,
    AssignmentsService,
    ScoreSheetsService,
    SessionsService,
    ResultsService,
    SessionRepository,
    SessionLiveState,
    StageSheetsRepository,
    AssignmentRepository,
    AssignReviewers,
    AutoAssignReviewers,
    SubmitScoreSheet,
    ScheduleSession,
    RecordConsensus,
    REVIEW_FACTS_PORT,
  ],
})
export class ReviewModule {}
