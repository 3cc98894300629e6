import { CallEntity } from './call.entity';
import { NotificationEntity } from './notification.entity';
import { ProposalAttachmentEntity } from './proposal-attachment.entity';
import { ProposalEntity } from './proposal.entity';
import { ProposalVersionEntity } from './proposal-version.entity';
import { ThemeEntity } from './theme.entity';

export * from './call.entity';
export * from './notification.entity';
export * from './proposal-attachment.entity';
export * from './proposal-version.entity';
export * from './proposal.entity';
export * from './theme.entity';

/**
 * The entities still waiting here to move into their owning library, for the DataSource. The moved ones are
 * registered by their library's module (`TypeOrmModule.forFeature`) and, outside Nest, passed to `createDataSource`.
 */
export const ENTITIES = [
  CallEntity,
  NotificationEntity,
  ProposalAttachmentEntity,
  ProposalEntity,
  ProposalVersionEntity,
  ThemeEntity,
];
