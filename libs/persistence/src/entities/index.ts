import { AuditEventEntity } from './audit-event.entity';
import { CallEntity } from './call.entity';
import { CommitteeEntity, CommitteeMemberEntity } from './committee.entity';
import { LoginFailureEntity } from './login-failure.entity';
import { MembershipEntity } from './membership.entity';
import { MunicipalityEntity } from './municipality.entity';
import { NotificationEntity } from './notification.entity';
import { OrganizationEntity } from './organization.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { ProposalEntity } from './proposal.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export {
  AuditEventEntity,
  CallEntity,
  CommitteeEntity,
  CommitteeMemberEntity,
  LoginFailureEntity,
  MembershipEntity,
  MunicipalityEntity,
  NotificationEntity,
  OrganizationEntity,
  OutboxMessageEntity,
  ProposalEntity,
  RefreshTokenEntity,
  UserEntity,
};
export type { OrganizationKind } from './organization.entity';

export const ENTITIES = [
  AuditEventEntity,
  CallEntity,
  CommitteeEntity,
  CommitteeMemberEntity,
  LoginFailureEntity,
  MembershipEntity,
  MunicipalityEntity,
  NotificationEntity,
  OrganizationEntity,
  OutboxMessageEntity,
  ProposalEntity,
  RefreshTokenEntity,
  UserEntity,
];
