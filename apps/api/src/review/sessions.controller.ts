import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kyodo/platform';
import { SessionsService } from '@kyodo/review';
import { CurrentActor } from '../auth/current-actor.decorator';
import { OptionalIfMatch } from '../http/if-match';
import { uuidPipe } from '../http/uuid.pipe';
import { AttendanceDto, ConsensusDto, CreateSessionDto, MinutesDto } from './review.dto';

@ApiTags('joint evaluation')
@ApiBearerAuth()
@Controller('api/v1')
export class SessionsController {
  constructor(@Inject(SessionsService) private readonly sessions: SessionsService) {}

  @Post('calls/:id/sessions')
  @ApiOperation({ summary: 'Schedule a joint evaluation session (合同評価会議) with agenda and time slots' })
  create(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: CreateSessionDto) {
    return this.sessions.create(actor, id, dto);
  }

  @Get('sessions/:id')
  @ApiOperation({ summary: 'A session: agenda, slots, attendance, consensus, minutes' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.sessions.get(actor, id);
  }

  @Put('sessions/:id/attendance')
  @ApiOperation({ summary: 'Record who is present (the quorum counts them)' })
  attendance(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AttendanceDto) {
    return this.sessions.recordAttendance(actor, id, dto.present);
  }

  @Put('sessions/:id/consensus/:proposalId')
  @ApiOperation({ summary: 'Record the committee’s consensus score and reason per criterion' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The consensus version being corrected ("0" when entering the first); a stale one is refused with 409',
  })
  consensus(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('proposalId', uuidPipe) proposalId: string,
    @OptionalIfMatch() expectedVersion: number | null,
    @Body() dto: ConsensusDto,
  ) {
    return this.sessions.recordConsensus(actor, id, proposalId, dto, expectedVersion);
  }

  @Post('sessions/:id/minutes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the minutes (議事録)' })
  minutes(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: MinutesDto) {
    return this.sessions.recordMinutes(actor, id, dto.text);
  }
}
