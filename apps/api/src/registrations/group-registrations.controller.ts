import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { GroupRegistrationReviewService } from '@kyodo/identity';
import type { Actor } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, FileAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { contentDisposition } from '../proposals/attachments.controller';
import { DecisionReasonsDto, GroupRegistrationListQueryDto } from './group-registration.dto';
import { GroupRegistrationResponse } from './group-registration.response';
import { groupRegistrationView } from './group-registration-view';

/** 団体登録の審査: the secretariat (and administrators) of the municipality review the groups that registered. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/group-registrations')
export class GroupRegistrationsController {
  constructor(@Inject(GroupRegistrationReviewService) private readonly review: GroupRegistrationReviewService) {}

  @Get()
  @ApiOperation({
    summary: 'The municipality’s group registrations whose address is confirmed, the latest first (secretariat, admin)',
  })
  @Answer(200, 'The registrations', [GroupRegistrationResponse])
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: GroupRegistrationListQueryDto,
  ): Promise<GroupRegistrationResponse[]> {
    return (await this.review.list(actor, query.status)).map(groupRegistrationView);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One group registration (secretariat, admin)' })
  @Answer(200, 'The registration', GroupRegistrationResponse)
  async get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<GroupRegistrationResponse> {
    return groupRegistrationView(await this.review.get(actor, id));
  }

  @Get(':id/rules')
  @ApiOperation({ summary: 'Download the registration’s 会則 (secretariat, admin)' })
  @FileAnswer(200, 'The PDF, as an attachment, with its sha256 as the ETag', ['application/pdf'])
  async rules(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res() reply: FastifyReply) {
    const file = await this.review.rules(actor, id);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-length', String(file.data.length))
      .header('content-disposition', contentDisposition(file.filename))
      .header('etag', `"sha256-${file.sha256}"`)
      .header('x-content-type-options', 'nosniff')
      .send(file.data);
  }

  @Post(':id/approve')
  @Problems(409)
  @ApiOperation({
    summary: 'Approve: the group, its contact, the representative’s account and its proposer role are created',
    description:
      'Only a registration under review (409 registration_already_decided otherwise; 409 email_taken when the address ' +
      'got an account meanwhile). The group is e-mailed that it may sign in.',
  })
  @Answer(201, 'The registration, approved', GroupRegistrationResponse)
  async approve(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<GroupRegistrationResponse> {
    return groupRegistrationView(await this.review.approve(actor, id));
  }

  @Post(':id/return')
  @Problems(409)
  @ApiOperation({ summary: 'Return the registration with reasons; the group is e-mailed them and registers again' })
  @Answer(201, 'The registration, returned', GroupRegistrationResponse)
  async returnForCorrection(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: DecisionReasonsDto,
  ): Promise<GroupRegistrationResponse> {
    return groupRegistrationView(await this.review.returnForCorrection(actor, id, dto.reasons));
  }

  @Post(':id/refuse')
  @Problems(409)
  @ApiOperation({ summary: 'Refuse the registration with reasons; the group is e-mailed them' })
  @Answer(201, 'The registration, refused', GroupRegistrationResponse)
  async refuse(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: DecisionReasonsDto,
  ): Promise<GroupRegistrationResponse> {
    return groupRegistrationView(await this.review.refuse(actor, id, dto.reasons));
  }
}
