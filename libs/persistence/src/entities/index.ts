import { ActivityFieldEntity } from './activity-field.entity';
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
import { ProposalVersionEntity } from './proposal-version.entity';
import { ProposalAttachmentEntity } from './proposal-attachment.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { ThemeEntity } from './theme.entity';
import { UserEntity } from './user.entity';

export {
  ActivityFieldEntity,
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
  ProposalAttachmentEntity,
  ProposalEntity,
  ProposalVersionEntity,
  RefreshTokenEntity,
  ThemeEntity,
  UserEntity,
};
export type { OrganizationKind } from './organization.entity';

export const ENTITIES = [
  ActivityFieldEntity,
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
  ProposalAttachmentEntity,
  ProposalEntity,
  ProposalVersionEntity,
  RefreshTokenEntity,
  ThemeEntity,
  UserEntity,
];
