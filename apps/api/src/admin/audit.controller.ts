import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditVerification } from '@kyodo/audit';
import type { Actor } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Answer } from '../openapi/answers';
import { AuditVerificationResponse } from './audit.response';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/admin/audit')
export class AuditController {
  constructor(@Inject(AuditVerification) private readonly verification: AuditVerification) {}

  @Get('verify')
  @ApiOperation({ summary: 'Recompute every audit hash chain of the municipality and name the first broken link' })
  @Answer(
    200,
    'The chains of the caller’s municipality (every chain for the platform operator)',
    AuditVerificationResponse,
  )
  verify(@CurrentActor() actor: Actor): Promise<AuditVerificationResponse> {
    return this.verification.verify(actor);
  }
}
