import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '@kyodo/platform';
import { RecordConsensus, ReviewError, ReviewErrorCode, ScheduleSession, SessionsService } from '@kyodo/review';
import { bearerToken } from '../auth/authenticator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { OptionalIfMatch } from '../http/if-match';
import { uuidPipe } from '../http/uuid.pipe';
import { AttendanceDto, ConsensusDto, CreateSessionDto, MeetingClockDto, MinutesDto } from './review.dto';
import { LiveAccess } from './live-access';
import { LiveSessions, type LiveSnapshot } from './session-live';
import { Answer, FileAnswer } from '../openapi/answers';
import {
  SessionCreatedResponse,
  SessionLiveChangeResponse,
  SessionPageResponse,
  SessionResponse,
} from './session.response';

@ApiTags('joint evaluation')
@ApiBearerAuth()
@Controller('api/v1')
export class SessionsController {
  constructor(
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(ScheduleSession) private readonly scheduleSession: ScheduleSession,
    @Inject(RecordConsensus) private readonly recordConsensus: RecordConsensus,
    @Inject(LiveSessions) private readonly live: LiveSessions,
    @Inject(LiveAccess) private readonly access: LiveAccess,
  ) {}

  @Post('calls/:id/sessions')
  @ApiOperation({ summary: 'Schedule a joint evaluation session (合同評価会議) with agenda and time slots' })
  @Answer(201, 'The session scheduled (the committee is invited)', SessionCreatedResponse)
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CreateSessionDto,
  ): Promise<SessionCreatedResponse> {
    return this.scheduleSession.execute(actor, id, dto);
  }

  @Get('calls/:id/sessions')
  @ApiOperation({ summary: 'The sessions of a call (the committee sees those of its committees)' })
  @Answer(200, 'By start time', SessionPageResponse)
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<SessionPageResponse> {
    return this.sessions.listForCall(actor, id);
  }

  @Get('sessions/:id/live')
  @ApiExtraModels(SessionLiveChangeResponse)
  @FileAnswer(
    200,
    'An event stream (`retry: 3000` first); each `change` event’s data is a SessionLiveChange (#/components/schemas/SessionLiveChange), its id the version',
    ['text/event-stream'],
  )
  @ApiOperation({
    summary:
      'Server-sent events of a session: a `change` event (version and counts) whenever a sheet on its agenda is submitted or reopened, consensus, attendance or minutes change, or a decision is made; a comment heartbeat every 15 s; an `end` event, and the stream closes, once the caller may no longer watch (checked every LIVE_RECHECK_SECONDS: signed out, token expired, or no longer allowed to read the session)',
  })
  async stream(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.sessions.get(actor, id);
    const first = await this.live.snapshot(id);
    if (!first) throw new ReviewError(ReviewErrorCode.SessionNotFound);
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-store',
      'x-accel-buffering': 'no',
      'x-request-id': String(request.id),
      connection: 'keep-alive',
    });
    let open = true;
    const write = (text: string) => {
      if (open && !out.writableEnded) out.write(text);
    };
    const stop = this.live.watch(
      id,
      {
        change: (snapshot: LiveSnapshot) =>
          write(`id: ${snapshot.version}\nevent: change\ndata: ${JSON.stringify(snapshot)}\n\n`),
        heartbeat: () => write(': heartbeat\n\n'),
        end: () => {
          if (open) out.end();
        },
      },
      first,
    );
    write('retry: 3000\n\n');
    const token = bearerToken(request.headers.authorization);
    const recheck = setInterval(() => {
      void this.access.stillAllowed(token, String(request.id), id).then((allowed) => {
        if (allowed || !open) return;
        write('event: end\ndata: {"reason":"refused"}\n\n');
        out.end();
        close();
      });
    }, this.access.intervalMs);
    recheck.unref();
    const close = () => {
      if (!open) return;
      open = false;
      clearInterval(recheck);
      stop();
    };
    out.on('close', close);
    out.on('error', close);
  }

  @Get('sessions/:id')
  @ApiOperation({ summary: 'A session: agenda, slots, attendance, consensus, minutes' })
  @Answer(200, 'The session', SessionResponse)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<SessionResponse> {
    return this.sessions.get(actor, id);
  }

  @Put('sessions/:id/attendance')
  @ApiOperation({ summary: 'Record who is present (the quorum counts them)' })
  @Answer(200, 'The session with its attendance', SessionResponse)
  attendance(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AttendanceDto,
  ): Promise<SessionResponse> {
    return this.sessions.recordAttendance(actor, id, dto.present);
  }

  @Put('sessions/:id/clock')
  @ApiOperation({
    summary:
      'Start, pause or move the room’s slot timer (chair, secretariat); every device follows it via the live stream',
  })
  @Answer(200, 'The session with its clock', SessionResponse)
  setClock(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: MeetingClockDto,
  ): Promise<SessionResponse> {
    return this.sessions.setClock(actor, id, dto);
  }

  @Put('sessions/:id/consensus/:proposalId')
  @ApiOperation({ summary: 'Record the committee’s consensus score and reason per criterion' })
  @Answer(200, 'The session with the consensus (its new version under `consensus`)', SessionResponse)
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
  ): Promise<SessionResponse> {
    return this.recordConsensus.execute(actor, id, proposalId, dto, expectedVersion);
  }

  @Post('sessions/:id/minutes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the minutes (議事録)' })
  @Answer(200, 'The session with its minutes', SessionResponse)
  minutes(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: MinutesDto,
  ): Promise<SessionResponse> {
    return this.sessions.recordMinutes(actor, id, dto.text);
  }
}
