import { Body, Controller, Get, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommitteesService, MunicipalitiesService, OrganizationsService, UsersService } from '@kyodo/identity';
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
  RegisterAdministratorDto,
  UsersQueryDto,
} from './admin.dto';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, listOf, ref } from '../openapi/answers';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1')
export class AdminController {
  constructor(
    @Inject(MunicipalitiesService) private readonly municipalities: MunicipalitiesService,
    @Inject(OrganizationsService) private readonly organizations: OrganizationsService,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(CommitteesService) private readonly committees: CommitteesService,
  ) {}

  @Post('municipalities')
  @ApiOperation({ summary: 'Create a municipality (platform operator)' })
  @Answer(201, 'The municipality, with the NPO Act’s 20 activity fields', ref('Municipality'))
  createMunicipality(@CurrentActor() actor: Actor, @Body() dto: CreateMunicipalityDto) {
    return this.municipalities.createMunicipality(actor, dto);
  }

  @Get('municipalities')
  @ApiOperation({ summary: 'Municipalities visible to the caller' })
  @Answer(
    200,
    'Every municipality (by code) for the platform operator; otherwise the caller’s own, or none',
    listOf(ref('Municipality')),
  )
  listMunicipalities(@CurrentActor() actor: Actor) {
    return this.municipalities.listMunicipalities(actor);
  }

  @Post('municipalities/:id/administrators')
  @ApiOperation({
    summary:
      'Register an administrator of a municipality with their department, in one transaction (platform operator)',
    description:
      'Creates the department (an organisation of kind department), the user and the admin role in it, with the audit entries of the three separate operations. Nothing is kept when any part is refused (an e-mail already in use: 409 email_taken).',
  })
  @Answer(
    201,
    'The administrator (never the password), their department and the role granted',
    ref('MunicipalityAdministrator'),
  )
  registerAdministrator(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: RegisterAdministratorDto,
  ) {
    return this.municipalities.registerAdministrator(actor, id, dto);
  }

  @Post('organizations')
  @ApiOperation({ summary: 'Create a citizen group, department or intermediary (admin)' })
  @Answer(201, 'The organisation', ref('Organization'))
  createOrganization(@CurrentActor() actor: Actor, @Body() dto: CreateOrganizationDto) {
    return this.organizations.createOrganization(actor, dto);
  }

  @Get('organizations')
  @ApiOperation({ summary: 'Organisations of the caller’s municipality' })
  @Answer(200, 'By kind, then Japanese name; empty for a caller without a municipality', listOf(ref('Organization')))
  listOrganizations(@CurrentActor() actor: Actor, @Query() query: MunicipalityQueryDto) {
    return this.organizations.listOrganizations(actor, query.municipalityId);
  }

  @Get('activity-fields')
  @ApiOperation({ summary: 'The municipality’s activity fields (活動分野; the NPO Act’s 20 by default)' })
  @Answer(200, 'In their order; empty for a caller without a municipality', listOf(ref('ActivityField')))
  activityFields(@CurrentActor() actor: Actor) {
    return this.municipalities.listActivityFields(actor);
  }

  @Put('activity-fields')
  @ApiOperation({ summary: 'Replace the municipality’s activity-field list (admin); keys must be unique' })
  @Answer(200, 'The new list, in the order given', listOf(ref('ActivityField')))
  setActivityFields(@CurrentActor() actor: Actor, @Body() dto: ActivityFieldsDto) {
    const keys = dto.fields.map((f) => f.key);
    if (new Set(keys).size !== keys.length) {
      throw new ValidationFailedError([{ field: 'fields', messages: ['each key may appear once'] }]);
    }
    return this.municipalities.setActivityFields(actor, dto.fields);
  }

  @Post('users')
  @ApiOperation({ summary: 'Create a user (admin)' })
  @Answer(201, 'The user (never the password)', ref('User'))
  createUser(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.users.createUser(actor, dto);
  }

  @Get('users')
  @ApiOperation({
    summary: 'Users of the caller’s municipality with their roles (admin, secretariat); `role` keeps those who hold it',
  })
  @Answer(200, 'By e-mail', listOf(ref('UserWithRoles')))
  listUsers(@CurrentActor() actor: Actor, @Query() query: UsersQueryDto) {
    return this.users.listUsers(actor, query.role);
  }

  @Post('organizations/:id/members')
  @ApiOperation({ summary: 'Grant a user a role in an organisation (admin)' })
  @Answer(201, 'The role granted', ref('OrganizationMembership'))
  addMember(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AddMemberDto) {
    return this.organizations.addOrganizationMember(actor, id, dto);
  }

  @Post('committees')
  @ApiOperation({ summary: 'Create an evaluation committee (admin)' })
  @Answer(201, 'The committee', ref('Committee'))
  createCommittee(@CurrentActor() actor: Actor, @Body() dto: CreateCommitteeDto) {
    return this.committees.createCommittee(actor, dto);
  }

  @Get('committees')
  @ApiOperation({
    summary: 'Evaluation committees of the caller’s municipality with their members (admin, secretariat)',
  })
  @Answer(200, 'In the order they were created', listOf(ref('CommitteeWithMembers')))
  listCommittees(@CurrentActor() actor: Actor) {
    return this.committees.listCommittees(actor);
  }

  @Post('committees/:id/members')
  @ApiOperation({ summary: 'Add a member or the chair to a committee (admin)' })
  @Answer(201, 'The member; they now hold the committee_member or committee_chair role', ref('CommitteeMember'))
  addCommitteeMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AddCommitteeMemberDto,
  ) {
    return this.committees.addCommitteeMember(actor, id, dto);
  }
}
