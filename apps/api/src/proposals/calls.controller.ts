import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kyodo/platform';
import { CallsService, CreateProposal } from '@kyodo/proposals';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { IfMatch } from '../http/if-match';
import { withEtag } from './proposal-etag';
import { Answer } from '../openapi/answers';
import { AnnouncementResponse, CallResponse, ThemeResponse } from './call.response';
import { ProposalResponse } from './proposal.response';
import { AnnouncementDto, CreateCallDto, CreateThemeDto, UpdateCallDto } from './calls.dto';
import { CreateProposalDto } from './proposals.dto';

@ApiTags('calls')
@ApiBearerAuth()
@Controller('api/v1/calls')
export class CallsController {
  constructor(
    @Inject(CallsService) private readonly calls: CallsService,
    @Inject(CreateProposal) private readonly newProposal: CreateProposal,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Open a call for proposals (secretariat)' })
  @Answer(201, 'The call, opened', CallResponse)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCallDto): Promise<CallResponse> {
    return this.calls.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Calls of the caller’s municipality' })
  @Answer(200, 'The calls, newest fiscal year first (none for the platform operator)', [CallResponse])
  list(@CurrentActor() actor: Actor): Promise<CallResponse[]> {
    return this.calls.list(actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One call' })
  @Answer(200, 'The call', CallResponse)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<CallResponse> {
    return this.calls.get(actor, id);
  }

  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The call version last read, e.g. "1"' })
  @ApiOperation({ summary: 'Edit a call; moving the submission deadline reschedules its timer (secretariat)' })
  @Answer(200, 'The call as edited, at its next version', CallResponse)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @IfMatch() version: number,
    @Body() dto: UpdateCallDto,
  ): Promise<CallResponse> {
    return this.calls.update(actor, id, version, dto);
  }

  @Post(':id/announcement')
  @HttpCode(200)
  @ApiOperation({ summary: '一斉通知: release the call’s held decision notices now or at a set moment (secretariat)' })
  @Answer(200, 'Released now, or the release scheduled', AnnouncementResponse)
  announce(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AnnouncementDto,
  ): Promise<AnnouncementResponse> {
    return this.calls.announce(actor, id, dto.releaseAt ?? null);
  }

  @Post(':id/themes')
  @ApiOperation({ summary: 'Post a department theme (市提案テーマ) in this call' })
  @Answer(201, 'The theme, posted', ThemeResponse)
  addTheme(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CreateThemeDto,
  ): Promise<ThemeResponse> {
    return this.calls.addTheme(actor, id, dto);
  }

  @Get(':id/themes')
  @ApiOperation({ summary: 'Themes posted in this call' })
  @Answer(200, 'The call’s themes, oldest first', [ThemeResponse])
  themes(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ThemeResponse[]> {
    return this.calls.listThemes(actor, id);
  }

  @Post(':id/proposals')
  @ApiOperation({ summary: 'Start a draft proposal in this call (proposer)' })
  @Answer(201, 'The draft, with the events the caller may send now; its version is also the ETag', ProposalResponse)
  async createProposal(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CreateProposalDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProposalResponse> {
    return withEtag(reply, await this.newProposal.execute(actor, id, { ...dto, content: dto.content ?? {} }));
  }
}
