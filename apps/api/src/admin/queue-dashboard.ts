import {
  Controller,
  Delete,
  HttpCode,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { BULL_BOARD_INSTANCE, BullBoardModule, type BullBoardInstance } from '@bull-board/nestjs';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kyodo/config';
import { IdentityError, IdentityErrorCode } from '@kyodo/identity';
import type { Actor } from '@kyodo/platform';
import { createProducerConnection, QUEUES } from '@kyodo/queues';
import { AuthModule } from '../auth/auth.module';
import { Authenticator, bearerToken } from '../auth/authenticator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { sendProblem } from '../http/problem.filter';

/** Where the dashboard lives; outside /api/v1 because it is a page, not an API. */
export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';
const COOKIE = 'kyodo_queue_dashboard';

/**
 * The queues span every municipality of the deployment, so only the platform
 * operator may look into them (a municipality's admin would see other
 * municipalities' jobs).
 */
function requireOperator(actor: Actor): void {
  if (!actor.platformAdmin) throw new IdentityError(IdentityErrorCode.Forbidden);
  // The same as the API's guard: an operator account not yet set up reaches nothing else.
  if (actor.passwordChangeRequired) throw new IdentityError(IdentityErrorCode.PasswordChangeRequired);
  if (actor.mfaEnrollmentRequired) throw new IdentityError(IdentityErrorCode.MfaEnrollmentRequired);
}

function cookieValue(header: unknown, name: string): string | null {
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * Gives bull-board every Kyodo queue and guards all of its routes (pages,
 * assets and its JSON API) with one Fastify hook: a browser proves itself
 * with the cookie set by the session route below, a script with a bearer
 * token.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit, OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly queues: Queue[];

  constructor(
    @Inject(BULL_BOARD_INSTANCE) private readonly board: BullBoardInstance,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.redis = createProducerConnection(config.REDIS_URL ?? 'redis://127.0.0.1:6379');
    this.redis.on('error', () => undefined);
    this.queues = Object.values(QUEUES).map(
      (name) => new Queue(name, { connection: this.redis, prefix: config.KYODO_QUEUE_PREFIX }),
    );
  }

  onModuleInit(): void {
    for (const queue of this.queues) this.board.addQueue(new BullMQAdapter(queue));
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const route = request.routeOptions.url ?? '';
      if (route !== QUEUE_DASHBOARD_ROUTE && !route.startsWith(`${QUEUE_DASHBOARD_ROUTE}/`)) return;
      try {
        const token = bearerToken(request.headers.authorization) ?? cookieValue(request.headers.cookie, COOKIE);
        const { actor } = await this.authenticator.authenticate(token, String(request.id));
        (request as FastifyRequest & { actor?: Actor }).actor = actor;
        requireOperator(actor);
      } catch (error) {
        sendProblem(error, request, reply);
        return reply;
      }
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.queues.map((queue) => queue.close()));
    this.redis.disconnect();
  }
}

/** No body: what matters is the cookie, a response header EmptyAnswer cannot describe. */
const CookieAnswer = (description: string, cookie: string) =>
  ApiResponse({
    status: 204,
    description,
    headers: { 'Set-Cookie': { description: cookie, schema: { type: 'string' } } },
  });

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/admin/queue-dashboard')
export class QueueDashboardSessionController {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  @Post('session')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Open the queue dashboard in this browser (platform operator)',
    description: `Sets an HttpOnly, SameSite=Strict cookie valid for ${QUEUE_DASHBOARD_ROUTE} as long as the access token; then open ${QUEUE_DASHBOARD_ROUTE}.`,
  })
  @CookieAnswer(
    `The cookie is set; ${QUEUE_DASHBOARD_ROUTE} (HTML pages and bull-board's JSON API, not part of this document) now opens`,
    `${COOKIE}=<access token>; Path=${QUEUE_DASHBOARD_ROUTE}; Max-Age=<access token lifetime>; HttpOnly; SameSite=Strict (Secure over https)`,
  )
  open(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    requireOperator(actor);
    const token = bearerToken(request.headers.authorization) ?? '';
    const secure = request.protocol === 'https' ? '; Secure' : '';
    void reply.header(
      'set-cookie',
      `${COOKIE}=${encodeURIComponent(token)}; Path=${QUEUE_DASHBOARD_ROUTE}; Max-Age=${this.config.ACCESS_TOKEN_TTL_SECONDS}; HttpOnly; SameSite=Strict${secure}`,
    );
  }

  @Delete('session')
  @HttpCode(204)
  @ApiOperation({ summary: 'Forget the queue dashboard cookie in this browser' })
  @CookieAnswer(
    'The cookie is cleared (also when there was none)',
    `${COOKIE}=; Path=${QUEUE_DASHBOARD_ROUTE}; Max-Age=0; HttpOnly; SameSite=Strict`,
  )
  close(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('set-cookie', `${COOKIE}=; Path=${QUEUE_DASHBOARD_ROUTE}; Max-Age=0; HttpOnly; SameSite=Strict`);
  }
}

@Module({
  imports: [
    AuthModule,
    BullBoardModule.forRoot({
      route: QUEUE_DASHBOARD_ROUTE,
      adapter: FastifyAdapter,
      boardOptions: { uiConfig: { boardTitle: 'Kyodo 協働 queues' } },
    }),
  ],
  controllers: [QueueDashboardSessionController],
  providers: [QueueDashboard],
})
export class QueueDashboardModule {}
