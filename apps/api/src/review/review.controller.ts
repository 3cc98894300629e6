import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kyodo/platform';
import {
  AssignmentsService,
  ResultsService,
  RUBRIC_TEMPLATES,
  RubricsService,
  ScoreSheetsService,
  type Stage,
} from '@kyodo/review';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { AssignDto, AutoAssignDto, ReasonDto, RubricDto, ScoreSheetDto } from './review.dto';
import { stagePipe } from './stage.pipe';
import { Answer, listOf, ref } from '../openapi/answers';

@ApiTags('review')
@ApiBearerAuth()
@Controller('api/v1')
export class ReviewController {
  constructor(
    @Inject(RubricsService) private readonly rubrics: RubricsService,
    @Inject(AssignmentsService) private readonly assignments: AssignmentsService,
    @Inject(ScoreSheetsService) private readonly sheets: ScoreSheetsService,
    @Inject(ResultsService) private readonly results: ResultsService,
  ) {}

  @Put('calls/:id/rubrics/:stage')
  @ApiOperation({ summary: 'Set the rubric (評価シート) of a stage; a new version once the current one is frozen' })
  @Answer(200, 'The rubric as stored (the same version, or a new one if the current was frozen)', ref('Rubric'))
  putRubric(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('stage', stagePipe) stage: Stage,
    @Body() dto: RubricDto,
  ) {
    return this.rubrics.put(actor, id, stage, dto);
  }

  @Get('calls/:id/rubrics/:stage')
  @ApiOperation({ summary: 'The current rubric of a stage' })
  @Answer(200, 'The latest version', ref('Rubric'))
  getRubric(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('stage', stagePipe) stage: Stage) {
    return this.rubrics.current(actor, id, stage);
  }

  @Post('proposals/:id/assignments')
  @ApiOperation({ summary: 'Assign reviewers (conflicts found automatically; assignees are notified)' })
  @Answer(201, 'The assignments made (those that existed already are left out)', listOf(ref('Assignment')))
  assign(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AssignDto) {
    return this.assignments.assign(actor, id, dto.reviewerIds, dto.stage);
  }

  @Get('proposals/:id/assignments')
  @ApiOperation({
    summary: 'The proposal’s assignments: reviewer, stage, status, declared conflict (secretariat, admin)',
  })
  @Answer(200, 'By stage, then in the order assigned', listOf(ref('AssignmentOfProposal')))
  assignmentsOf(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.assignments.forProposal(actor, id);
  }

  @Post('calls/:id/assignments/auto')
  @ApiOperation({ summary: 'Assign reviewers to every proposal in review with an even load' })
  @Answer(201, 'The assignments made', listOf(ref('Assignment')))
  autoAssign(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AutoAssignDto) {
    return this.assignments.autoAssign(actor, id, dto.perProposal, dto.stage, dto.reviewerIds);
  }

  @Get('me/assignments')
  @ApiOperation({ summary: 'My review queue, split into pending and done' })
  @Answer(200, 'My assignments', ref('AssignmentQueue'))
  queue(@CurrentActor() actor: Actor) {
    return this.assignments.myQueue(actor);
  }

  @Post('assignments/:id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an assignment' })
  @Answer(200, 'The assignment (unchanged unless it was only assigned)', ref('Assignment'))
  acknowledge(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.assignments.acknowledge(actor, id);
  }

  @Post('assignments/:id/conflict')
  @HttpCode(200)
  @ApiOperation({ summary: 'Declare a conflict of interest (利害関係の申告); the proposal is then closed to you' })
  @Answer(200, 'The assignment, now conflicted', ref('Assignment'))
  conflict(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ReasonDto) {
    return this.assignments.declareConflict(actor, id, dto.reason);
  }

  @Get('assignments/:id/score-sheet')
  @ApiOperation({ summary: 'My score sheet as saved, with the rubric it uses and the proposal’s title' })
  @Answer(200, 'My sheet', ref('ScoreSheet'))
  getSheet(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.sheets.mine(actor, id);
  }

  @Put('assignments/:id/score-sheet')
  @ApiOperation({ summary: 'Save (autosave) my score sheet; unscored criteria may stay empty' })
  @Answer(200, 'Saved as a draft', ref('ScoreSheetSaved'))
  saveSheet(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ScoreSheetDto) {
    return this.sheets.save(actor, id, { scores: dto.scores, comments: dto.comments });
  }

  @Post('assignments/:id/score-sheet/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit my score sheet: every criterion scored, required comments given' })
  @Answer(200, 'Submitted', ref('ScoreSheetSubmitted'))
  submitSheet(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.sheets.submit(actor, id);
  }

  @Post('assignments/:id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a submitted score sheet, with a reason (secretariat; audited)' })
  @Answer(200, 'Reopened', ref('ScoreSheetReopened'))
  reopen(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ReasonDto) {
    return this.sheets.reopen(actor, id, dto.reason);
  }

  @Get('proposals/:id/scores')
  @ApiOperation({
    summary:
      'Submitted sheets with per-criterion statistics, total, rank and the consensus beside them (blind until your own is in)',
  })
  @Answer(200, 'The proposal’s scores', ref('ScoresOfProposal'))
  scores(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.results.forProposal(actor, id);
  }

  @Get('calls/:id/results')
  @ApiOperation({ summary: 'Ranking of the call per stage with ties, flags, leniency and the stage combination' })
  @Answer(200, 'The call’s results', ref('CallResults'))
  callResults(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.results.forCall(actor, id);
  }

  @Get('proposals/:id/project-evaluation')
  @ApiOperation({
    summary: '事業評価: self-evaluations side by side, committee verdict, weights, KPIs planned vs actual',
  })
  @Answer(200, 'The project evaluation', ref('EvaluationOfProject'))
  projectEvaluation(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.results.projectEvaluation(actor, id);
  }

  @Get('rubric-templates')
  @ApiOperation({ summary: 'Rubric templates built from the criteria municipalities use' })
  @Answer(200, 'The templates by key', ref('RubricTemplates'))
  templates() {
    return RUBRIC_TEMPLATES;
  }
}
