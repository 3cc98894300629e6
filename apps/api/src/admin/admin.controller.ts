import { Body, Controller, Get, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryService } from '@kyodo/identity';
import { type Actor, ValidationFailedError } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import {
  ActivityFieldsDto,
  AddCommitteeMemberDto,
  AddMemberDto,
  CreateCommitteeDto,
  CreateMunicipalityDto,
  CreateOrganizationDto,
  CreateUserDto,
  MunicipalityQueryDto,
  UsersQueryDto,
} from './admin.dto';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1')
export class AdminController {
  constructor(@Inject(DirectoryService) private readonly directory: DirectoryService) {}

  @Post('municipalities')
  @ApiOperation({ summary: 'Create a municipality (platform operator)' })
  createMunicipality(@CurrentActor() actor: Actor, @Body() dto: CreateMunicipalityDto) {
    return this.directory.createMunicipality(actor, dto);
  }

  @Get('municipalities')
  @ApiOperation({ summary: 'Municipalities visible to the caller' })
  listMunicipalities(@CurrentActor() actor: Actor) {
    return this.directory.listMunicipalities(actor);
  }

  @Post('organizations')
  @ApiOperation({ summary: 'Create a citizen group, department or intermediary (admin)' })
  createOrganization(@CurrentActor() actor: Actor, @Body() dto: CreateOrganizationDto) {
    return this.directory.createOrganization(actor, dto);
  }

  @Get('organizations')
  @ApiOperation({ summary: 'Organisations of the caller’s municipality' })
  listOrganizations(@CurrentActor() actor: Actor, @Query() query: MunicipalityQueryDto) {
    return this.directory.listOrganizations(actor, query.municipalityId);
  }

  @Get('activity-fields')
  @ApiOperation({ summary: 'The municipality’s activity fields (活動分野; the NPO Act’s 20 by default)' })
  activityFields(@CurrentActor() actor: Actor) {
    return this.directory.listActivityFields(actor);
  }

  @Put('activity-fields')
  @ApiOperation({ summary: 'Replace the municipality’s activity-field list (admin); keys must be unique' })
  setActivityFields(@CurrentActor() actor: Actor, @Body() dto: ActivityFieldsDto) {
    const keys = dto.fields.map((f) => f.key);
    if (new Set(keys).size !== keys.length) {
      throw new ValidationFailedError([{ field: 'fields', messages: ['each key may appear once'] }]);
    }
    return this.directory.setActivityFields(actor, dto.fields);
  }

  @Post('users')
  @ApiOperation({ summary: 'Create a user (admin)' })
  createUser(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.directory.createUser(actor, dto);
  }

  @Get('users')
  @ApiOperation({
    summary: 'Users of the caller’s municipality with their roles (admin, secretariat); `role` keeps those who hold it',
  })
  listUsers(@CurrentActor() actor: Actor, @Query() query: UsersQueryDto) {
    return this.directory.listUsers(actor, query.role);
  }

  @Post('organizations/:id/members')
  @ApiOperation({ summary: 'Grant a user a role in an organisation (admin)' })
  addMember(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AddMemberDto) {
    return this.directory.addOrganizationMember(actor, id, dto);
  }

  @Post('committees')
  @ApiOperation({ summary: 'Create an evaluation committee (admin)' })
  createCommittee(@CurrentActor() actor: Actor, @Body() dto: CreateCommitteeDto) {
    return this.directory.createCommittee(actor, dto);
  }

  @Get('committees')
  @ApiOperation({
    summary: 'Evaluation committees of the caller’s municipality with their members (admin, secretariat)',
  })
  listCommittees(@CurrentActor() actor: Actor) {
    return this.directory.listCommittees(actor);
  }

  @Post('committees/:id/members')
  @ApiOperation({ summary: 'Add a member or the chair to a committee (admin)' })
  addCommitteeMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AddCommitteeMemberDto,
  ) {
    return this.directory.addCommitteeMember(actor, id, dto);
  }
}
