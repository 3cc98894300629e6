import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OidcSettingsService } from '@kyodo/identity';
import type { Actor } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, EmptyAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { SsoLinkDto, SsoProviderDto } from './sso-settings.dto';
import { SsoSettingsResponse } from './sso-settings.response';

/** Single sign-on for the municipality's staff through its own OpenID provider, set by its administrator. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1')
export class SsoSettingsController {
  constructor(@Inject(OidcSettingsService) private readonly settings: OidcSettingsService) {}

  @Get('municipality-settings/sso')
  @ApiOperation({ summary: 'The municipality’s OpenID provider for staff sign-in, and the redirect URI (admin)' })
  @Answer(200, 'The settings', SsoSettingsResponse)
  get(@CurrentActor() actor: Actor): Promise<SsoSettingsResponse> {
    return this.settings.get(actor);
  }

  @Put('municipality-settings/sso')
  @ApiOperation({ summary: 'Set the OpenID provider staff sign in with (admin)' })
  @Answer(200, 'The settings as saved', SsoSettingsResponse)
  put(@CurrentActor() actor: Actor, @Body() dto: SsoProviderDto): Promise<SsoSettingsResponse> {
    return this.settings.put(actor, dto);
  }

  @Delete('municipality-settings/sso')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the OpenID provider: staff sign in with passwords again (admin)' })
  @EmptyAnswer(204, 'Removed')
  async remove(@CurrentActor() actor: Actor): Promise<void> {
    await this.settings.remove(actor);
  }

  @Put('users/:id/sso-identity')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Link a user to their account at the municipality’s provider, by its `sub` (admin)',
    description: '404 `sso_not_configured` without a provider; 409 `sso_subject_taken` when another user has it.',
  })
  @EmptyAnswer(204, 'Linked')
  @Problems(409)
  async link(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: SsoLinkDto): Promise<void> {
    await this.settings.link(actor, id, dto.subject);
  }

  @Delete('users/:id/sso-identity')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unlink a user from the provider’s account (the next sign-in matches by address) (admin)' })
  @EmptyAnswer(204, 'Unlinked')
  async unlink(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<void> {
    await this.settings.unlink(actor, id);
  }
}
