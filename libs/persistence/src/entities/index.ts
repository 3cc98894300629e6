import { ActivityFieldEntity } from './activity-field.entity';
import { AuditEventEntity } from './audit-event.entity';
import { LoginFailureEntity } from './login-failure.entity';
import { MembershipEntity } from './membership.entity';
import { MunicipalityEntity } from './municipality.entity';
import { OrganizationEntity } from './organization.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';
import { CommitteeEntity, CommitteeMemberEntity } from './committee.entity';

export * from './activity-field.entity';
export * from './audit-event.entity';
export * from './committee.entity';
export * from './login-failure.entity';
export * from './membership.entity';
export * from './municipality.entity';
export * from './organization.entity';
export * from './outbox-message.entity';
export * from './refresh-token.entity';
export * from './user.entity';

/** The entities still waiting to move into their owning library (which registers its own with TypeOrmModule.forFeature). */
export const ENTITIES = [
  ActivityFieldEntity,
  AuditEventEntity,
  CommitteeEntity,
  CommitteeMemberEntity,
  LoginFailureEntity,
  MembershipEntity,
  MunicipalityEntity,
  OrganizationEntity,
  OutboxMessageEntity,
  RefreshTokenEntity,
  UserEntity,
];
