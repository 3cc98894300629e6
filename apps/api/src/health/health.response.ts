import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** What the probes answer. */

@ApiSchema({ name: 'Liveness' })
export class LivenessResponse {
  @ApiProperty({ type: 'string', enum: ['ok'] })
  status: string;
}

@ApiSchema({ name: 'ReadinessCheck' })
export class ReadinessCheckResponse {
  @ApiProperty({ type: 'string', enum: ['ok', 'fail'] })
  status: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  latencyMs: number;

  @ApiPropertyOptional({ type: 'string', description: 'Why the check failed' })
  error?: string;
}

@ApiSchema({ name: 'ReadinessChecks' })
export class ReadinessChecksResponse {
  @ApiProperty({ type: () => ReadinessCheckResponse })
  database: ReadinessCheckResponse;

  @ApiProperty({ type: () => ReadinessCheckResponse })
  redis: ReadinessCheckResponse;

  @ApiProperty({ type: () => ReadinessCheckResponse })
  worker: ReadinessCheckResponse;
}

@ApiSchema({ name: 'Readiness' })
export class ReadinessResponse {
  @ApiProperty({ type: 'string', enum: ['ok', 'fail'] })
  status: string;

  @ApiProperty({ type: () => ReadinessChecksResponse })
  checks: ReadinessChecksResponse;
}
