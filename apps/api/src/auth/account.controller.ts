import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountService, EmailChangesService, PasswordResetsService, RESET_LINK_MINUTES } from '@kyodo/identity';
import { type Actor, localeFromAcceptLanguage } from '@kyodo/platform';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, EmptyAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import {
  ChangeEmailDto,
  ChangePasswordDto,
  EmailChangeConfirmDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  UpdateAccountDto,
} from './account.dto';
import { AccountResponse, EmailChangedResponse, SignInResponse } from './auth.response';
import { CurrentActor } from './current-actor.decorator';
import { AllowedBeforePasswordChange, Public } from './public.decorator';

/** A person's own account: password, sign-ins, name and language; and the forgotten-password links. */
@ApiTags('auth')
@Controller('api/v1')
export class AccountController {
  constructor(
    @Inject(AccountService) private readonly accounts: AccountService,
    @Inject(PasswordResetsService) private readonly resets: PasswordResetsService,
    @Inject(EmailChangesService) private readonly emailChanges: EmailChangesService,
  ) {}

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Get('me/account')
  @ApiOperation({ summary: 'The caller’s own account: e-mail, name, language, password state' })
  @Answer(200, 'The account', AccountResponse)
  account(@CurrentActor() actor: Actor): Promise<AccountResponse> {
    return this.accounts.account(actor);
  }

  @ApiBearerAuth()
  @Put('me/account')
  @ApiOperation({ summary: 'Change one’s own display name and language' })
  @Answer(200, 'The account as changed', AccountResponse)
  async updateAccount(@CurrentActor() actor: Actor, @Body() dto: UpdateAccountDto): Promise<AccountResponse> {
    await this.accounts.updateProfile(actor, { displayName: dto.displayName, locale: dto.locale });
    return this.accounts.account(actor);
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Post('me/password')
  @HttpCode(204)
  @Problems(400, 429)
  @ApiOperation({
    summary: 'Change one’s own password (the current one is asked again); every other sign-in ends',
    description:
      'A wrong current password: 400 `validation_failed` on `currentPassword`, counted like a failed sign-in ' +
      '(429 `too_many_login_attempts` beyond the limit). A new password against the policy: 400 on `newPassword`.',
  })
  @EmptyAnswer(204, 'Changed')
  async changePassword(
    @CurrentActor() actor: Actor,
    @Req() request: { sessionFamily: string },
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    await this.accounts.changePassword(actor, request.sessionFamily, dto.currentPassword, dto.newPassword);
  }

  @ApiBearerAuth()
  @Get('me/sessions')
  @ApiOperation({ summary: 'The caller’s open sign-ins (devices), the latest used first' })
  @Answer(200, 'Open sign-ins; `current` marks this one', [SignInResponse])
  signIns(@CurrentActor() actor: Actor, @Req() request: { sessionFamily: string }): Promise<SignInResponse[]> {
    return this.accounts.signIns(actor, request.sessionFamily);
  }

  @ApiBearerAuth()
  @Delete('me/sessions/:familyId')
  @HttpCode(204)
  @Problems(404)
  @ApiOperation({ summary: 'End one of the caller’s sign-ins (that device must sign in again)' })
  @EmptyAnswer(204, 'Ended')
  async endSignIn(@CurrentActor() actor: Actor, @Param('familyId', uuidPipe) familyId: string): Promise<void> {
    await this.accounts.endSignIn(actor, familyId);
  }

  @Public()
  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a password-reset link by e-mail',
    description:
      `The same answer whether or not the address has an account. The link works once, for ${RESET_LINK_MINUTES} ` +
      'minutes; an account is sent at most 3 an hour. Counted with login per client address (429 `rate_limited`).',
  })
  @EmptyAnswer(202, 'If the address has an account, a link is on its way')
  async requestReset(@Body() dto: PasswordResetRequestDto): Promise<void> {
    await this.resets.request(dto.email);
  }

  @Public()
  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @Problems(400, 422)
  @ApiOperation({
    summary: 'Set a new password with the e-mailed link; every sign-in of the account ends',
    description: 'A used, expired or unknown link: 422 `invalid_reset_link`. A weak password: 400 on `newPassword`.',
  })
  @EmptyAnswer(204, 'The password is set; sign in with it')
  async confirmReset(
    @Body() dto: PasswordResetConfirmDto,
    @Req() request: { id: unknown; headers: { 'accept-language'?: string } },
  ): Promise<void> {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    await this.resets.confirm(dto.token, dto.newPassword, locale, String(request.id));
  }

  @ApiBearerAuth()
  @Post('me/email')
  @HttpCode(202)
  @Problems(400, 429)
  @ApiOperation({
    summary: 'Ask to change one’s own e-mail address: a confirmation link goes to the new address',
    description:
      `The current password is asked again (counted like a sign-in). The link works once, for ${RESET_LINK_MINUTES} ` +
      'minutes; an account is sent at most 3 an hour. The address changes only when the link is opened.',
  })
  @EmptyAnswer(202, 'The confirmation link is on its way to the new address')
  async changeEmail(@CurrentActor() actor: Actor, @Body() dto: ChangeEmailDto): Promise<void> {
    await this.emailChanges.request(actor, dto.newEmail, dto.currentPassword);
  }

  @Public()
  @Post('auth/email-change/confirm')
  @HttpCode(200)
  @Problems(409, 422)
  @ApiOperation({
    summary: 'Open the link sent to the new address: the account’s e-mail address changes',
    description:
      'A used, expired or unknown link: 422 `invalid_email_change_link`; the address taken meanwhile: 409 `email_taken`.',
  })
  @Answer(200, 'The new address, the sign-in name from now on', EmailChangedResponse)
  confirmEmailChange(
    @Body() dto: EmailChangeConfirmDto,
    @Req() request: { id: unknown; headers: { 'accept-language'?: string } },
  ): Promise<EmailChangedResponse> {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    return this.emailChanges.confirm(dto.token, locale, String(request.id));
  }
}
