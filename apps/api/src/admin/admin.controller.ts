import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
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
  RemoveRoleDto,
  UsersQueryDto,
} from './admin.dto';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, EmptyAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import {
  ActivityFieldResponse,
  CommitteeMemberResponse,
  CommitteeResponse,
  CommitteeWithMembersResponse,
  EndedSessionsResponse,
  MunicipalityAdministratorResponse,
  MunicipalityResponse,
  OrganizationMembershipResponse,
  OrganizationResponse,
  UserResponse,
  UserWithRolesResponse,
} from './admin.response';

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
  @Problems(409)
  @ApiOperation({ summary: 'Create a municipality (platform operator)' })
  @Answer(201, 'The municipality, with the NPO Act’s 20 activity fields', MunicipalityResponse)
  createMunicipality(@CurrentActor() actor: Actor, @Body() dto: CreateMunicipalityDto): Promise<MunicipalityResponse> {
    return this.municipalities.createMunicipality(actor, dto);
  }

  @Get('municipalities')
  @ApiOperation({ summary: 'Municipalities visible to the caller' })
  @Answer(200, 'Every municipality (by code) for the platform operator; otherwise the caller’s own, or none', [
    MunicipalityResponse,
  ])
  listMunicipalities(@CurrentActor() actor: Actor): Promise<MunicipalityResponse[]> {
    return this.municipalities.listMunicipalities(actor);
  }

  @Post('municipalities/:id/administrators')
  @Problems(409)
  @ApiOperation({
    summary:
      'Register an administrator of a municipality with their department, in one transaction (platform operator)',
    description:
      'Creates the department (an organisation of kind department), the user and the admin role in it, with the audit entries of the three separate operations. Nothing is kept when any part is refused (an e-mail already in use: 409 email_taken).',
  })
  @Answer(
    201,
    'The administrator (never the password), their department and the role granted',
    MunicipalityAdministratorResponse,
  )
  registerAdministrator(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: RegisterAdministratorDto,
  ): Promise<MunicipalityAdministratorResponse> {
    return this.municipalities.registerAdministrator(actor, id, dto);
  }

  @Post('organizations')
  @ApiOperation({ summary: 'Create a citizen group, department or intermediary (admin)' })
  @Answer(201, 'The organisation', OrganizationResponse)
  createOrganization(@CurrentActor() actor: Actor, @Body() dto: CreateOrganizationDto): Promise<OrganizationResponse> {
    return this.organizations.createOrganization(actor, dto);
  }

  @Get('organizations')
  @ApiOperation({ summary: 'Organisations of the caller’s municipality' })
  @Answer(200, 'By kind, then Japanese name; empty for a caller without a municipality', [OrganizationResponse])
  listOrganizations(
    @CurrentActor() actor: Actor,
    @Query() query: MunicipalityQueryDto,
  ): Promise<OrganizationResponse[]> {
    return this.organizations.listOrganizations(actor, query.municipalityId);
  }

  @Get('activity-fields')
  @ApiOperation({ summary: 'The municipality’s activity fields (活動分野; the NPO Act’s 20 by default)' })
  @Answer(200, 'In their order; empty for a caller without a municipality', [ActivityFieldResponse])
  activityFields(@CurrentActor() actor: Actor): Promise<ActivityFieldResponse[]> {
    return this.municipalities.listActivityFields(actor);
  }

  @Put('activity-fields')
  @ApiOperation({ summary: 'Replace the municipality’s activity-field list (admin); keys must be unique' })
  @Answer(200, 'The new list, in the order given', [ActivityFieldResponse])
  setActivityFields(@CurrentActor() actor: Actor, @Body() dto: ActivityFieldsDto): Promise<ActivityFieldResponse[]> {
    const keys = dto.fields.map((f) => f.key);
    if (new Set(keys).size !== keys.length) {
      throw new ValidationFailedError([{ field: 'fields', messages: ['each key may appear once'] }]);
    }
    return this.municipalities.setActivityFields(actor, dto.fields);
  }

  @Post('users')
  @Problems(409)
  @ApiOperation({ summary: 'Create a user (admin)' })
  @Answer(201, 'The user (never the password)', UserResponse)
  createUser(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.createUser(actor, dto);
  }

  @Get('users')
  @ApiOperation({
    summary: 'Users of the caller’s municipality with their roles (admin, secretariat); `role` keeps those who hold it',
  })
  @Answer(200, 'By e-mail', [UserWithRolesResponse])
  listUsers(@CurrentActor() actor: Actor, @Query() query: UsersQueryDto): Promise<UserWithRolesResponse[]> {
    return this.users.listUsers(actor, query.role);
  }

  @Post('users/:id/deactivate')
  @HttpCode(200)
  @Problems(404, 422)
  @ApiOperation({
    summary: 'Deactivate a user (admin): sign-in refused and every session ended at once; what they did is kept',
    description: 'An administrator cannot deactivate their own account: 422 `cannot_remove_own_access`.',
  })
  @Answer(200, 'The user, now inactive', UserWithRolesResponse)
  deactivateUser(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<UserWithRolesResponse> {
    return this.users.setActive(actor, id, false);
  }

  @Post('users/:id/reactivate')
  @HttpCode(200)
  @Problems(404)
  @ApiOperation({ summary: 'Reactivate a deactivated user (admin); they sign in again with their password' })
  @Answer(200, 'The user, active again', UserWithRolesResponse)
  reactivateUser(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<UserWithRolesResponse> {
    return this.users.setActive(actor, id, true);
  }

  @Post('users/:id/sessions/end')
  @HttpCode(200)
  @Problems(404)
  @ApiOperation({ summary: 'End every sign-in of a user (admin): a lost device, a shared computer' })
  @Answer(200, 'How many sign-ins ended', EndedSessionsResponse)
  endUserSessions(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<EndedSessionsResponse> {
    return this.users.endSessions(actor, id);
  }

  @Post('users/:id/roles/remove')
  @HttpCode(200)
  @Problems(404, 422)
  @ApiOperation({
    summary: 'Take a role away from a user (admin)',
    description:
      'A committee role goes with the committee seat (422 `committee_role_on_committee_page`); an administrator ' +
      'cannot remove their own admin role (422 `cannot_remove_own_access`); a role not held: 404 `unknown_membership`.',
  })
  @Answer(200, 'The user with the roles left', UserWithRolesResponse)
  removeRole(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: RemoveRoleDto,
  ): Promise<UserWithRolesResponse> {
    return this.users.removeMembership(actor, id, dto.role, dto.organizationId ?? null);
  }

  @Post('organizations/:id/members')
  @Problems(409)
  @ApiOperation({ summary: 'Grant a user a role in an organisation (admin)' })
  @Answer(201, 'The role granted', OrganizationMembershipResponse)
  addMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AddMemberDto,
  ): Promise<OrganizationMembershipResponse> {
    return this.organizations.addOrganizationMember(actor, id, dto);
  }

  @Post('committees')
  @ApiOperation({ summary: 'Create an evaluation committee (admin)' })
  @Answer(201, 'The committee', CommitteeResponse)
  createCommittee(@CurrentActor() actor: Actor, @Body() dto: CreateCommitteeDto): Promise<CommitteeResponse> {
    return this.committees.createCommittee(actor, dto);
  }

  @Get('committees')
  @ApiOperation({
    summary: 'Evaluation committees of the caller’s municipality with their members (admin, secretariat)',
  })
  @Answer(200, 'In the order they were created', [CommitteeWithMembersResponse])
  listCommittees(@CurrentActor() actor: Actor): Promise<CommitteeWithMembersResponse[]> {
    return this.committees.listCommittees(actor);
  }

  @Post('committees/:id/members')
  @ApiOperation({ summary: 'Add a member or the chair to a committee (admin)' })
  @Answer(201, 'The member; they now hold the committee_member or committee_chair role', CommitteeMemberResponse)
  addCommitteeMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AddCommitteeMemberDto,
  ): Promise<CommitteeMemberResponse> {
    return this.committees.addCommitteeMember(actor, id, dto);
  }

  @Delete('committees/:id/members/:userId')
  @HttpCode(204)
  @Problems(404)
  @ApiOperation({
    summary: 'Take a member or the chair off a committee (admin); the committee role goes with their last such seat',
    description:
      'Their scores, consensus entries and minutes stay as recorded. Not a member: 404 `unknown_membership`.',
  })
  @EmptyAnswer(204, 'Removed')
  async removeCommitteeMember(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('userId', uuidPipe) userId: string,
  ): Promise<void> {
    await this.committees.removeCommitteeMember(actor, id, userId);
  }
}
