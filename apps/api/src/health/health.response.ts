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

@ApiSchema({ name: 'ReadinessReplicaCheck' })
export class ReadinessReplicaCheckResponse extends ReadinessCheckResponse {
  @ApiPropertyOptional({
    type: 'number',
    nullable: true,
    minimum: 0,
    description:
      'Seconds the replica is behind the primary: 0 when it has replayed all it received, null before its first replayed transaction',
  })
  lagSeconds?: number | null;
}

@ApiSchema({ name: 'ReadinessChecks' })
export class ReadinessChecksResponse {
  @ApiProperty({ type: () => ReadinessCheckResponse })
  database: ReadinessCheckResponse;

  @ApiProperty({ type: () => ReadinessCheckResponse })
  redis: ReadinessCheckResponse;

  @ApiProperty({ type: () => ReadinessCheckResponse })
  worker: ReadinessCheckResponse;

  @ApiPropertyOptional({
    type: () => ReadinessReplicaCheckResponse,
    description:
      'The read replica (DATABASE_READ_URL), when one is set: required on the public face, reported on the full face',
  })
  readReplica?: ReadinessReplicaCheckResponse;
}

@ApiSchema({ name: 'Readiness' })
export class ReadinessResponse {
  @ApiProperty({ type: 'string', enum: ['ok', 'fail'] })
  status: string;

  @ApiProperty({ type: () => ReadinessChecksResponse })
  checks: ReadinessChecksResponse;
}
