import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ContinuationCandidatesQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The organisation proposing (the caller must be its proposer)' })
  @IsUUID()
  organizationId: string;
}
