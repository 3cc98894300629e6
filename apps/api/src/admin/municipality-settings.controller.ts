import { Body, Controller, Delete, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MunicipalityProfileService } from '@kyodo/identity';
import { type Actor, ValidationFailedError } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Answer } from '../openapi/answers';
import { ComparisonSettingDto, MunicipalityContactDto } from './municipality-settings.dto';
import { ComparisonSettingResponse, MunicipalitySettingsResponse } from './municipality-settings.response';

/** The municipality's contact and emblem for the public portal, set by its administrator. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/municipality-settings')
export class MunicipalitySettingsController {
  constructor(@Inject(MunicipalityProfileService) private readonly profiles: MunicipalityProfileService) {}

  @Get()
  @ApiOperation({ summary: 'The municipality’s contact and emblem as the public portal shows them (admin)' })
  @Answer(200, 'The settings', MunicipalitySettingsResponse)
  get(@CurrentActor() actor: Actor): Promise<MunicipalitySettingsResponse> {
    return this.profiles.settings(actor);
  }

  @Put('contact')
  @ApiOperation({ summary: 'Set the secretariat’s contact (お問い合わせ先) shown on the public portal (admin)' })
  @Answer(200, 'The settings as saved', MunicipalitySettingsResponse)
  setContact(@CurrentActor() actor: Actor, @Body() dto: MunicipalityContactDto): Promise<MunicipalitySettingsResponse> {
    return this.profiles.setContact(actor, dto);
  }

  @Put('emblem')
  @ApiConsumes('image/png', 'image/jpeg', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOperation({
    summary: 'Set the municipality’s emblem: PNG or JPEG (by content), at most 256 KiB; SVG refused (admin)',
    description: 'Refusals are 422 emblem_rejected with a `reason`: type (not PNG or JPEG, SVG included) or size.',
  })
  @Answer(200, 'The settings as saved', MunicipalitySettingsResponse)
  setEmblem(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<MunicipalitySettingsResponse> {
    if (!Buffer.isBuffer(body)) {
      throw new ValidationFailedError([
        { field: 'body', messages: ['send the image itself as the request body, e.g. Content-Type: image/png'] },
      ]);
    }
    return this.profiles.setEmblem(actor, body);
  }

  @Get('comparison')
  @ApiOperation({ summary: 'Whether the municipality joins the public cross-municipality comparison (admin)' })
  @Answer(200, 'The setting', ComparisonSettingResponse)
  comparison(@CurrentActor() actor: Actor): Promise<ComparisonSettingResponse> {
    return this.profiles.comparisonSetting(actor);
  }

  @Put('comparison')
  @ApiOperation({
    summary:
      'Join (or leave) the public cross-municipality comparison: its funnel and anonymous dataset beside other municipalities (admin)',
    description:
      'Joining needs the municipality’s 全国地方公共団体コード (six digits, check digit included), given now or before; a wrong check digit or none is 400 with the field named.',
  })
  @Answer(200, 'The setting as saved', ComparisonSettingResponse)
  setComparison(@CurrentActor() actor: Actor, @Body() dto: ComparisonSettingDto): Promise<ComparisonSettingResponse> {
    return this.profiles.setComparison(actor, dto.comparisonOptIn, dto.localGovernmentCode);
  }

  @Delete('emblem')
  @ApiOperation({ summary: 'Remove the emblem (admin)' })
  @Answer(200, 'The settings as saved', MunicipalitySettingsResponse)
  removeEmblem(@CurrentActor() actor: Actor): Promise<MunicipalitySettingsResponse> {
    return this.profiles.removeEmblem(actor);
  }
}
