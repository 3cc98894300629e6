import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GroupRegistrationIntakeService,
  IdentityError,
  IdentityErrorCode,
  REGISTRATION_LINK_HOURS,
  RULES_MAX_BYTES,
} from '@kyodo/identity';
import { NotFoundError, ValidationFailedError } from '@kyodo/platform';
import { detectAttachmentType, safeFilename } from '@kyodo/proposals';
import { Public } from '../auth/public.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, EmptyAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { GroupRegistrationConfirmDto, RegisterGroupDto, RulesFileQueryDto } from './group-registration.dto';
import { GroupRegistrationReceivedResponse, PublicActivityFieldResponse } from './group-registration.response';

const MUNICIPALITY_CODE = /^[a-z0-9-]{2,32}$/;

const checkedCode = (code: string) => {
  if (!MUNICIPALITY_CODE.test(code)) throw new NotFoundError({ ja: '自治体', en: 'The municipality' });
  return code;
};

/**
 * 団体登録 from the public portal: the form's activity fields, the registration, its 会則, and the e-mailed link.
 * Every answer is the same whether or not the address already has an account.
 */
@ApiTags('public')
@Public()
@Controller('api/v1')
export class PublicGroupRegistrationController {
  constructor(@Inject(GroupRegistrationIntakeService) private readonly intake: GroupRegistrationIntakeService) {}

  @Get('public/municipalities/:code/activity-fields')
  @ApiOperation({ summary: 'The municipality’s activity fields (活動分野), for the registration form' })
  @Answer(200, 'The fields in their order', [PublicActivityFieldResponse])
  fields(@Param('code') code: string): Promise<PublicActivityFieldResponse[]> {
    return this.intake.activityFieldsOf(checkedCode(code));
  }

  @Post('public/municipalities/:code/group-registrations')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Register a citizen group (団体登録); its 会則 follows with PUT …/{id}/rules',
    description:
      'Validated (activity fields of this municipality, the password policy: 400), then kept until the 会則 arrives, ' +
      'which sends the e-mail. The answer is the same whether or not the address already has an account.',
  })
  @Answer(202, 'Received: send the 会則 next', GroupRegistrationReceivedResponse)
  register(
    @Param('code') code: string,
    @Body() dto: RegisterGroupDto,
    @Req() request: { id: unknown },
  ): Promise<GroupRegistrationReceivedResponse> {
    return this.intake.register(checkedCode(code), dto, String(request.id));
  }

  @Put('public/municipalities/:code/group-registrations/:id/rules')
  @HttpCode(204)
  @ApiConsumes('application/pdf', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @Problems(422)
  @ApiOperation({
    summary: `Send the registration’s 会則: a PDF (by content) of at most ${RULES_MAX_BYTES / 1024 / 1024} MiB; then the e-mail goes out`,
    description:
      `Once, within an hour of registering (404 after). Refusals are 422: rules_rejected (not a PDF, or too large), ` +
      'attachment_malformed, attachment_active_content (a PDF with HTML, JavaScript …). Nothing is stored then. ' +
      `The e-mail carries a link that works once, for ${REGISTRATION_LINK_HOURS} hours; an address is sent at most 3 an hour.`,
  })
  @EmptyAnswer(204, 'Received; the e-mail is on its way')
  async rules(
    @Param('code') code: string,
    @Param('id', uuidPipe) id: string,
    @Query() query: RulesFileQueryDto,
    @Body() body: unknown,
    @Req() request: { id: unknown },
  ): Promise<void> {
    if (!Buffer.isBuffer(body)) {
      throw new ValidationFailedError([
        { field: 'body', messages: ['send the file itself as the request body, Content-Type: application/pdf'] },
      ]);
    }
    if (body.length > RULES_MAX_BYTES) {
      throw new IdentityError(IdentityErrorCode.RulesRejected, { reason: 'size', maxBytes: RULES_MAX_BYTES });
    }
    // By content: a PDF whose structure holds and that only shows pages (the attachments' own check).
    if (detectAttachmentType(body)?.contentType !== 'application/pdf') {
      throw new IdentityError(IdentityErrorCode.RulesRejected, { reason: 'type' });
    }
    await this.intake.attachRules(checkedCode(code), id, safeFilename(query.filename, 'pdf'), body, String(request.id));
  }

  @Post('auth/group-registration/confirm')
  @HttpCode(204)
  @Problems(422)
  @ApiOperation({
    summary: 'Confirm a group registration’s e-mail address with the e-mailed link; the secretariat then reviews it',
    description: 'A used, expired or unknown link: 422 `invalid_registration_link`.',
  })
  @EmptyAnswer(204, 'Confirmed: the registration is with the secretariat')
  async confirm(@Body() dto: GroupRegistrationConfirmDto, @Req() request: { id: unknown }): Promise<void> {
    await this.intake.confirm(dto.token, String(request.id));
  }
}
