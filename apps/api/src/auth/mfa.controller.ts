import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MfaService } from '@kyodo/identity';
import type { Actor } from '@kyodo/platform';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, EmptyAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { CurrentActor } from './current-actor.decorator';
import { DisableMfaDto, MfaPolicyDto, TotpCodeDto } from './mfa.dto';
import { MfaPolicyResponse, MfaStatusResponse, RecoveryCodesResponse, TotpEnrolmentResponse } from './mfa.response';
import { AllowedBeforePasswordChange } from './public.decorator';

/**
 * Two-step sign-in (TOTP, RFC 6238): one's own authenticator and recovery codes; an administrator's reset for a lost
 * phone and the municipality's policy for its staff.
 */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('api/v1')
export class MfaController {
  constructor(@Inject(MfaService) private readonly mfa: MfaService) {}

  @AllowedBeforePasswordChange()
  @Get('me/mfa')
  @ApiOperation({ summary: 'Whether the caller signs in with an authenticator app, and whether one is required' })
  @Answer(200, 'The caller’s second factor', MfaStatusResponse)
  status(@CurrentActor() actor: Actor): Promise<MfaStatusResponse> {
    return this.mfa.status(actor);
  }

  @AllowedBeforePasswordChange()
  @Post('me/mfa/totp')
  @HttpCode(200)
  @Problems(409)
  @ApiOperation({
    summary: 'Start setting up an authenticator app: a new secret and its QR code (a new start replaces the last)',
    description: 'Once an app is set up: 409 `mfa_already_enrolled`.',
  })
  @Answer(200, 'The secret, shown this once', TotpEnrolmentResponse)
  begin(@CurrentActor() actor: Actor): Promise<TotpEnrolmentResponse> {
    return this.mfa.begin(actor);
  }

  @AllowedBeforePasswordChange()
  @Post('me/mfa/totp/confirm')
  @HttpCode(200)
  @Problems(400, 409, 429)
  @ApiOperation({
    summary: 'Finish setting up the app with a first code; hands out 10 recovery codes',
    description:
      'A wrong code: 400 `validation_failed` on `code`, counted (429 `too_many_login_attempts` beyond the limit). ' +
      'Nothing started: 409 `mfa_not_enrolled`.',
  })
  @Answer(200, 'Recovery codes, shown this once', RecoveryCodesResponse)
  confirm(@CurrentActor() actor: Actor, @Body() dto: TotpCodeDto): Promise<RecoveryCodesResponse> {
    return this.mfa.confirm(actor, dto.code);
  }

  @Post('me/mfa/recovery-codes')
  @HttpCode(200)
  @Problems(400, 409, 429)
  @ApiOperation({ summary: 'New recovery codes for the old ones, after a code from the app' })
  @Answer(200, 'Recovery codes, shown this once', RecoveryCodesResponse)
  renewRecoveryCodes(@CurrentActor() actor: Actor, @Body() dto: TotpCodeDto): Promise<RecoveryCodesResponse> {
    return this.mfa.regenerateRecoveryCodes(actor, dto.code);
  }

  @Post('me/mfa/disable')
  @HttpCode(204)
  @Problems(400, 409, 422, 429)
  @ApiOperation({
    summary: 'Turn two-step sign-in off (the password is asked again)',
    description: 'Refused while it is required of the account: 422 `mfa_required_by_policy`.',
  })
  @EmptyAnswer(204, 'Turned off')
  async disable(@CurrentActor() actor: Actor, @Body() dto: DisableMfaDto): Promise<void> {
    await this.mfa.disable(actor, dto.password);
  }

  @Post('users/:id/mfa/reset')
  @HttpCode(204)
  @Problems(404)
  @ApiOperation({
    summary: 'Remove a user’s authenticator app (admin), e.g. a lost phone; their sign-ins end',
    description: 'Where it is required, the user sets up an app again at their next sign-in.',
  })
  @EmptyAnswer(204, 'Reset')
  async reset(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<void> {
    await this.mfa.reset(actor, id);
  }

  @Get('municipality-settings/security')
  @ApiOperation({ summary: 'The municipality’s sign-in policy for its staff (admin)' })
  @Answer(200, 'The policy', MfaPolicyResponse)
  policy(@CurrentActor() actor: Actor): Promise<MfaPolicyResponse> {
    return this.mfa.staffPolicy(actor);
  }

  @Put('municipality-settings/security')
  @Problems(422)
  @ApiOperation({
    summary: 'Require (or not) two-step sign-in of staff: secretariat, admin, reviewers, committee (admin)',
    description: 'Requiring it before one’s own app is set up: 422 `mfa_enrol_first`.',
  })
  @Answer(200, 'The policy as saved', MfaPolicyResponse)
  setPolicy(@CurrentActor() actor: Actor, @Body() dto: MfaPolicyDto): Promise<MfaPolicyResponse> {
    return this.mfa.setStaffPolicy(actor, dto.mfaRequiredForStaff);
  }
}
