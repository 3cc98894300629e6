import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Actor } from '@kyodo/platform';
import {
  AssignmentsService,
  AssignReviewers,
  AutoAssignReviewers,
  ResultsService,
  RUBRIC_TEMPLATES,
  RubricsService,
  ScoreSheetsService,
  type Stage,
  SubmitScoreSheet,
} from '@kyodo/review';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { AssignDto, AutoAssignDto, ReasonDto, ScoreSheetDto } from './review.dto';
import { RubricPutDto, rubricOf } from './rubric-put.dto';
import { stagePipe } from './stage.pipe';
import { Answer } from '../openapi/answers';
import { EvaluationOfProjectResponse, ScoresOfProposalResponse } from './proposal-scores.response';
import { CallResultsResponse } from './review-results.response';
import {
  AssignmentOfProposalResponse,
  AssignmentQueueResponse,
  AssignmentResponse,
  RubricDefinitionResponse,
  RubricResponse,
  ScoreSheetReopenedResponse,
  ScoreSheetResponse,
  ScoreSheetSavedResponse,
  ScoreSheetSubmittedResponse,
} from './review.response';

@ApiTags('review')
@ApiBearerAuth()
@Controller('api/v1')
export class ReviewController {
  constructor(
    @Inject(RubricsService) private readonly rubrics: RubricsService,
    @Inject(AssignmentsService) private readonly assignments: AssignmentsService,
    @Inject(ScoreSheetsService) private readonly sheets: ScoreSheetsService,
    @Inject(ResultsService) private readonly results: ResultsService,
    @Inject(AssignReviewers) private readonly assignReviewers: AssignReviewers,
    @Inject(AutoAssignReviewers) private readonly autoAssignReviewers: AutoAssignReviewers,
    @Inject(SubmitScoreSheet) private readonly submitScoreSheet: SubmitScoreSheet,
  ) {}

  @Put('calls/:id/rubrics/:stage')
  @ApiOperation({
    summary: 'Set the rubric (評価シート) of a stage; a new version once the current one is frozen',
    description: 'The body is the rubric under `definition`, as GET answers it; the flat form of before is still read.',
  })
  @Answer(200, 'The rubric as stored (the same version, or a new one if the current was frozen)', RubricResponse)
  putRubric(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('stage', stagePipe) stage: Stage,
    @Body() body: RubricPutDto,
  ): Promise<RubricResponse> {
    return this.rubrics.put(actor, id, stage, rubricOf(body));
  }

  @Get('calls/:id/rubrics/:stage')
  @ApiOperation({ summary: 'The current rubric of a stage' })
  @Answer(200, 'The latest version', RubricResponse)
  getRubric(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('stage', stagePipe) stage: Stage,
  ): Promise<RubricResponse> {
    return this.rubrics.current(actor, id, stage);
  }

  @Post('proposals/:id/assignments')
  @ApiOperation({ summary: 'Assign reviewers (conflicts found automatically; assignees are notified)' })
  @Answer(201, 'The assignments made (those that existed already are left out)', [AssignmentResponse])
  assign(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AssignDto,
  ): Promise<AssignmentResponse[]> {
    return this.assignReviewers.execute(actor, id, dto.reviewerIds, dto.stage);
  }

  @Get('proposals/:id/assignments')
  @ApiOperation({
    summary: 'The proposal’s assignments: reviewer, stage, status, declared conflict (secretariat, admin)',
  })
  @Answer(200, 'By stage, then in the order assigned', [AssignmentOfProposalResponse])
  assignmentsOf(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
  ): Promise<AssignmentOfProposalResponse[]> {
    return this.assignments.forProposal(actor, id);
  }

  @Post('calls/:id/assignments/auto')
  @ApiOperation({ summary: 'Assign reviewers to every proposal in review with an even load' })
  @Answer(201, 'The assignments made', [AssignmentResponse])
  autoAssign(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AutoAssignDto,
  ): Promise<AssignmentResponse[]> {
    return this.autoAssignReviewers.execute(actor, id, dto.perProposal, dto.stage, dto.reviewerIds);
  }

  @Get('me/assignments')
  @ApiOperation({ summary: 'My review queue, split into pending and done' })
  @Answer(200, 'My assignments', AssignmentQueueResponse)
  queue(@CurrentActor() actor: Actor): Promise<AssignmentQueueResponse> {
    return this.assignments.myQueue(actor);
  }

  @Post('assignments/:id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an assignment' })
  @Answer(200, 'The assignment (unchanged unless it was only assigned)', AssignmentResponse)
  acknowledge(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<AssignmentResponse> {
    return this.assignments.acknowledge(actor, id);
  }

  @Post('assignments/:id/conflict')
  @HttpCode(200)
  @ApiOperation({ summary: 'Declare a conflict of interest (利害関係の申告); the proposal is then closed to you' })
  @Answer(200, 'The assignment, now conflicted', AssignmentResponse)
  conflict(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<AssignmentResponse> {
    return this.assignments.declareConflict(actor, id, dto.reason);
  }

  @Get('assignments/:id/score-sheet')
  @ApiOperation({ summary: 'My score sheet as saved, with the rubric it uses and the proposal’s title' })
  @Answer(200, 'My sheet', ScoreSheetResponse)
  getSheet(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ScoreSheetResponse> {
    return this.sheets.mine(actor, id);
  }

  @Put('assignments/:id/score-sheet')
  @ApiOperation({ summary: 'Save (autosave) my score sheet; unscored criteria may stay empty' })
  @Answer(200, 'Saved as a draft', ScoreSheetSavedResponse)
  saveSheet(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ScoreSheetDto,
  ): Promise<ScoreSheetSavedResponse> {
    return this.sheets.save(actor, id, { scores: dto.scores, comments: dto.comments });
  }

  @Post('assignments/:id/score-sheet/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit my score sheet: every criterion scored, required comments given' })
  @Answer(200, 'Submitted', ScoreSheetSubmittedResponse)
  submitSheet(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ScoreSheetSubmittedResponse> {
    return this.submitScoreSheet.execute(actor, id);
  }

  @Post('assignments/:id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a submitted score sheet, with a reason (secretariat; audited)' })
  @Answer(200, 'Reopened', ScoreSheetReopenedResponse)
  reopen(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<ScoreSheetReopenedResponse> {
    return this.sheets.reopen(actor, id, dto.reason);
  }

  @Get('proposals/:id/scores')
  @ApiOperation({
    summary:
      'Submitted sheets with per-criterion statistics, total, rank and the consensus beside them (blind until your own is in)',
  })
  @Answer(200, 'The proposal’s scores', ScoresOfProposalResponse)
  scores(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ScoresOfProposalResponse> {
    return this.results.forProposal(actor, id);
  }

  @Get('calls/:id/results')
  @ApiOperation({ summary: 'Ranking of the call per stage with ties, flags, leniency and the stage combination' })
  @Answer(200, 'The call’s results', CallResultsResponse)
  callResults(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<CallResultsResponse> {
    return this.results.forCall(actor, id);
  }

  @Get('proposals/:id/project-evaluation')
  @ApiOperation({
    summary: '事業評価: self-evaluations side by side, committee verdict, weights, KPIs planned vs actual',
  })
  @Answer(200, 'The project evaluation', EvaluationOfProjectResponse)
  projectEvaluation(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
  ): Promise<EvaluationOfProjectResponse> {
    return this.results.projectEvaluation(actor, id);
  }

  @Get('rubric-templates')
  @ApiOperation({ summary: 'Rubric templates built from the criteria municipalities use' })
  @ApiExtraModels(RubricDefinitionResponse)
  @ApiResponse({
    status: 200,
    description: 'The templates by key',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          description: 'Templates by key (e.g. `selection-12x5`, `project-end`)',
          additionalProperties: { $ref: getSchemaPath(RubricDefinitionResponse) },
        },
      },
    },
  })
  templates(): Record<string, RubricDefinitionResponse> {
    return RUBRIC_TEMPLATES;
  }
}
