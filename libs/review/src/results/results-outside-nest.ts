import type { DataSource } from 'typeorm';
import { ActiveMembershipRepository, UserRepository } from '@kyodo/identity';
import { CallRepository, ProposalFactsRepository } from '@kyodo/proposals';
import type { Clock } from '@kyodo/platform';
import { AssignmentRepository } from '../assignments/assignment.repository';
import { AssignmentsService } from '../assignments.service';
import { ResultsService } from '../results.service';
import { RubricRepository } from '../rubrics/rubric.repository';
import { ScoreSheetRepository } from '../score-sheets/score-sheet.repository';
import { ScoreSheetsService } from '../score-sheets.service';
import { ConsensusRepository } from '../sessions/consensus.repository';
import { StageSheetsRepository } from './stage-sheets.repository';

/**
 * ResultsService for a process that has a data source but no Nest container (the benchmarks, and the report
 * builder until libs/reports takes ResultsService by injection): the graph ReviewModule builds, built once here
 * so no caller has to know the repositories behind it.
 */
export function resultsServiceFor(dataSource: DataSource, clock: Clock): ResultsService {
  const assignmentRows = new AssignmentRepository(dataSource);
  const proposals = new ProposalFactsRepository(dataSource);
  const calls = new CallRepository(dataSource);
  const rubrics = new RubricRepository(dataSource);
  const assignments = new AssignmentsService(
    dataSource,
    assignmentRows,
    proposals,
    new ActiveMembershipRepository(dataSource),
    calls,
    new UserRepository(dataSource),
    clock,
  );
  const sheets = new ScoreSheetsService(
    dataSource,
    assignments,
    assignmentRows,
    new ScoreSheetRepository(dataSource),
    rubrics,
    proposals,
    clock,
  );
  return new ResultsService(
    sheets,
    new StageSheetsRepository(dataSource),
    rubrics,
    new ConsensusRepository(dataSource),
    assignmentRows,
    calls,
    proposals,
  );
}
