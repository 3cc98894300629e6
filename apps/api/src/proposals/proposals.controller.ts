import { Body, Controller, Get, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@kyodo/platform';
import {
  isSubmission,
  ProposalPartners,
  ProposalQueries,
  SendProposalEvent,
  SubmitProposal,
  UpdateDraft,
} from '@kyodo/proposals';
import { CurrentActor } from '../auth/current-actor.decorator';
import { IfMatch } from '../http/if-match';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { ProposalAuditEventResponse, ProposalPageResponse, ProposalResponse } from './proposal.response';
import { ProposalVersionDiffResponse, ProposalVersionResponse } from './proposal-version.response';
import { withEtag } from './proposal-etag';
import { ProposalPartnerResponse } from './proposal-partner.response';
import {
  ListProposalsQueryDto,
  ProposalEventDto,
  toProposalEventInput,
  UpdateProposalDto,
  VersionDiffQueryDto,
} from './proposals.dto';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/v1/proposals')
export class ProposalsController {
  constructor(
    @Inject(ProposalQueries) private readonly queries: ProposalQueries,
    @Inject(UpdateDraft) private readonly updateDraft: UpdateDraft,
    @Inject(SubmitProposal) private readonly submitProposal: SubmitProposal,
    @Inject(SendProposalEvent) private readonly sendProposalEvent: SendProposalEvent,
    @Inject(ProposalPartners) private readonly partners: ProposalPartners,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Proposals the caller may see, oldest first, cursor-paginated' })
  @Answer(200, 'A page of proposals (their allowedEvents left empty: read one for them)', ProposalPageResponse)
  list(@CurrentActor() actor: Actor, @Query() query: ListProposalsQueryDto): Promise<ProposalPageResponse> {
    return this.queries.list(actor, { ...query, limit: query.limit ?? 20 });
  }

  @Get(':id/partners')
  @ApiOperation({
    summary:
      'The proposing organisation, partner departments and partner groups (協働相手), with contact details for those who arrange the partnership',
  })
  @Answer(200, 'Proposer first, then partner departments, then partner groups', [ProposalPartnerResponse])
  listPartners(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ProposalPartnerResponse[]> {
    return this.partners.list(actor, id);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'The submitted versions (each submission freezes one)' })
  @Answer(200, 'The versions, first submission first', [ProposalVersionResponse])
  versions(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ProposalVersionResponse[]> {
    return this.queries.versions(actor, id);
  }

  @Get(':id/versions/diff')
  @ApiOperation({ summary: 'Field-level differences between two submitted versions' })
  @Answer(200, 'The fields that differ', ProposalVersionDiffResponse)
  diff(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Query() query: VersionDiffQueryDto,
  ): Promise<ProposalVersionDiffResponse> {
    return this.queries.diff(actor, id, query.from, query.to);
  }

  @Get(':id/audit')
  @ApiOperation({ summary: 'The audit timeline: every event, edit and status change, hash-chained' })
  @Answer(200, 'The timeline, oldest first', [ProposalAuditEventResponse])
  audit(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ProposalAuditEventResponse[]> {
    return this.queries.audit(actor, id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One proposal with its state, version and the events the caller may send now' })
  @Answer(200, 'The proposal; its version is also the ETag', ProposalResponse)
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProposalResponse> {
    return withEtag(reply, await this.queries.get(actor, id));
  }

  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The version last read, e.g. "3"' })
  @ApiOperation({ summary: 'Edit a draft (or a proposal returned for correction)' })
  @Answer(200, 'The proposal as edited, at its next version (also the ETag)', ProposalResponse)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @IfMatch() version: number,
    @Body() dto: UpdateProposalDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProposalResponse> {
    return withEtag(reply, await this.updateDraft.execute(actor, id, version, dto));
  }

  @Post(':id/events')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The version last read, e.g. "3"' })
  @ApiOperation({ summary: 'Move the proposal through its lifecycle (SUBMIT, WITHDRAW …)' })
  @Answer(201, 'The proposal in its new state, at its next version (also the ETag)', ProposalResponse)
  async send(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @IfMatch() version: number,
    @Body() dto: ProposalEventDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProposalResponse> {
    const event = toProposalEventInput(dto);
    const proposal = isSubmission(event)
      ? await this.submitProposal.execute(actor, id, version, event)
      : await this.sendProposalEvent.execute(actor, id, version, event);
    return withEtag(reply, proposal);
  }
}
