import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { ReadinessProbe } from './readiness.probe';
import { Answer } from '../openapi/answers';
import { LivenessResponse, ReadinessResponse } from './health.response';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(ReadinessProbe) private readonly readiness: ReadinessProbe) {}

  @Public()
  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  @Answer(200, 'Up', LivenessResponse)
  live(): LivenessResponse {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'Database, Redis and a worker round trip all answer' })
  @Answer(200, 'Ready: every check passed', ReadinessResponse)
  @Answer(503, 'Not ready: the failed checks say why', ReadinessResponse)
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const report = await this.readiness.check();
    void reply.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
