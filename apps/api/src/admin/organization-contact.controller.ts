import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganizationContactsService } from '@kyodo/identity';
import type { Actor } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { OrganizationContactDto } from './organization-contact.dto';
import { OrganizationProfileResponse } from './organization-contact.response';

/** 団体情報: an organisation's own contact details, kept by its members and the secretariat, never public. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/organizations/:id/profile')
export class OrganizationContactController {
  constructor(@Inject(OrganizationContactsService) private readonly contacts: OrganizationContactsService) {}

  @Get()
  @ApiOperation({
    summary: 'An organisation with its contact details (its members, secretariat, admin; 404 for anyone else)',
  })
  @Answer(200, 'The organisation and its contact details', OrganizationProfileResponse)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<OrganizationProfileResponse> {
    return this.contacts.profile(actor, id);
  }

  @Put('contact')
  @ApiOperation({ summary: 'Set an organisation’s contact details (its members, secretariat, admin)' })
  @Answer(200, 'The organisation with the details as saved', OrganizationProfileResponse)
  setContact(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: OrganizationContactDto,
  ): Promise<OrganizationProfileResponse> {
    return this.contacts.update(actor, id, dto);
  }
}
