import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PartnershipMemory } from '@kyodo/memory';
import type { Actor } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { PartnershipMemoryResponse } from './partnership-memory.response';

/** 協働の記録 on a proposal, for the secretariat and the committee (a reviewer after their own sheet). */
@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/v1/proposals/:id/partnership-memory')
export class PartnershipMemoryController {
  constructor(@Inject(PartnershipMemory) private readonly memory: PartnershipMemory) {}

  @Get()
  @ApiOperation({
    summary:
      'The partnership memory of the proposal’s group and departments (hidden from a reviewer until their sheet)',
  })
  @Answer(
    200,
    'Earlier proposals of the pair, of the group alone and of the departments alone',
    PartnershipMemoryResponse,
  )
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<PartnershipMemoryResponse> {
    return this.memory.ofProposal(actor, id);
  }
}
