import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REVIEW_FACTS_PORT } from '@kyodo/proposals';
import { AssignmentRepository } from './assignments/assignment.repository';
import { ReviewAssignmentEntity } from './assignments/review-assignment.entity';
import { AssignmentsService } from './assignments.service';
import { CallReadsRepository } from './foreign-reads/call-reads.repository';
import { CommitteeReadsRepository } from './foreign-reads/committee-reads.repository';
import { ProposalReadsRepository } from './foreign-reads/proposal-reads.repository';
import { ReviewerReadsRepository } from './foreign-reads/reviewer-reads.repository';
import { StageSheetsRepository } from './results/stage-sheets.repository';
import { ResultsService } from './results.service';
import { ReviewFacts } from './review-facts';
import { RubricEntity } from './rubrics/rubric.entity';
import { RubricRepository } from './rubrics/rubric.repository';
import { RubricsService } from './rubrics.service';
import { ScoreSheetEntity } from './score-sheets/score-sheet.entity';
import { ScoreSheetRepository } from './score-sheets/score-sheet.repository';
import { ScoreSheetsService } from './score-sheets.service';
import { ConsensusRepository } from './sessions/consensus.repository';
import { ConsensusScoreEntity } from './sessions/consensus-score.entity';
import { EvaluationSessionEntity } from './sessions/evaluation-session.entity';
import { SessionRepository } from './sessions/session.repository';
import { SessionsService } from './sessions.service';

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
 * without the two modules importing each other.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(REVIEW_ENTITIES)],
  providers: [
    RubricRepository,
    AssignmentRepository,
    ScoreSheetRepository,
    SessionRepository,
    ConsensusRepository,
    StageSheetsRepository,
    CallReadsRepository,
    CommitteeReadsRepository,
    ProposalReadsRepository,
    ReviewerReadsRepository,
    RubricsService,
    AssignmentsService,
    ScoreSheetsService,
    SessionsService,
    ResultsService,
    ReviewFacts,
    { provide: REVIEW_FACTS_PORT, useExisting: ReviewFacts },
  ],
  exports: [
    RubricsService,
    AssignmentsService,
    ScoreSheetsService,
    SessionsService,
    ResultsService,
    SessionRepository,
    AssignmentRepository,
    REVIEW_FACTS_PORT,
  ],
})
export class ReviewModule {}
