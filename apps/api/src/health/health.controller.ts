import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { ReadinessProbe } from './readiness.probe';
import { Answer, ref } from '../openapi/answers';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(ReadinessProbe) private readonly readiness: ReadinessProbe) {}

  @Public()
  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  @Answer(200, 'Up', ref('Liveness'))
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'Database, Redis and a worker round trip all answer' })
  @Answer(200, 'Ready: every check passed', ref('Readiness'))
  @Answer(503, 'Not ready: the failed checks say why', ref('Readiness'))
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.readiness.check();
    void reply.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
