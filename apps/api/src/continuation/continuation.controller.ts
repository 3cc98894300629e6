import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContinuationRecord } from '@kyodo/disclosure';
import type { Actor } from '@kyodo/platform';
import { ContinuationService } from '@kyodo/proposals';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { ContinuationCandidatesQueryDto } from './continuation.dto';
import { ContinuationCandidateResponse, ContinuationResponse } from './continuation.response';

/** 継続事業: what a proposal continues, and what an organisation may continue in a call. */
@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/v1')
export class ContinuationController {
  constructor(
    @Inject(ContinuationService) private readonly continuation: ContinuationService,
    @Inject(ContinuationRecord) private readonly record: ContinuationRecord,
  ) {}

  @Get('calls/:id/continuation-candidates')
  @ApiOperation({ summary: 'Adopted proposals of the organisation in earlier calls that a new proposal may continue' })
  @Answer(200, 'The candidates, newest fiscal year first (none when the call does not allow continuation)', [
    ContinuationCandidateResponse,
  ])
  candidates(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Query() query: ContinuationCandidatesQueryDto,
  ): Promise<ContinuationCandidateResponse[]> {
    return this.continuation.candidates(actor, id, query.organizationId);
  }

  @Get('proposals/:id/continuation')
  @ApiOperation({
    summary: 'The year of the project, its predecessor and the predecessor’s published record (blind for reviewers)',
  })
  @Answer(
    200,
    'The continuation; the record is hidden from a reviewer until their own sheet is in',
    ContinuationResponse,
  )
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ContinuationResponse> {
    return this.record.execute(actor, id);
  }
}
