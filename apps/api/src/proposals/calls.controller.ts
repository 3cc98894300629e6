import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kyodo/platform';
import { CallsService, ProposalsService } from '@kyodo/proposals';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { CreateCallDto, CreateProposalDto } from './proposals.dto';

@ApiTags('calls')
@ApiBearerAuth()
@Controller('api/v1/calls')
export class CallsController {
  constructor(
    @Inject(CallsService) private readonly calls: CallsService,
    @Inject(ProposalsService) private readonly proposals: ProposalsService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Open a call for proposals (secretariat)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCallDto) {
    return this.calls.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Calls of the caller’s municipality' })
  list(@CurrentActor() actor: Actor) {
    return this.calls.list(actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One call' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.calls.get(actor, id);
  }

  @Post(':id/proposals')
  @ApiOperation({ summary: 'Start a draft proposal in this call (proposer)' })
  createProposal(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: CreateProposalDto) {
    return this.proposals.create(actor, id, { ...dto, content: dto.content ?? {} });
  }
}
