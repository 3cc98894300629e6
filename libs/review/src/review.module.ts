import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@kyodo/platform';
import { REVIEW_FACTS_PORT } from '@kyodo/proposals';
import { AssignmentsService } from './assignments.service';
import { ResultsService } from './results.service';
import { ReviewFacts } from './review-facts';
import { RubricsService } from './rubrics.service';
import { ScoreSheetsService } from './score-sheets.service';
import { SessionsService } from './sessions.service';

const withClock = <T>(make: (ds: DataSource, clock: Clock) => T) => ({
  inject: [DataSource, Clock],
  useFactory: make,
});

/**
 * Global so that the proposals module can take the engine's ReviewFactsPort
 * without the two modules importing each other.
 */
@Global()
@Module({
  providers: [
    { provide: RubricsService, ...withClock((ds, c) => new RubricsService(ds, c)) },
    { provide: AssignmentsService, ...withClock((ds, c) => new AssignmentsService(ds, c)) },
    { provide: ScoreSheetsService, ...withClock((ds, c) => new ScoreSheetsService(ds, c)) },
    { provide: SessionsService, ...withClock((ds, c) => new SessionsService(ds, c)) },
    { provide: ResultsService, ...withClock((ds, c) => new ResultsService(ds, c)) },
    { provide: REVIEW_FACTS_PORT, inject: [DataSource], useFactory: (ds: DataSource) => new ReviewFacts(ds) },
  ],
  exports: [RubricsService, AssignmentsService, ScoreSheetsService, SessionsService, ResultsService, REVIEW_FACTS_PORT],
})
export class ReviewModule {}
