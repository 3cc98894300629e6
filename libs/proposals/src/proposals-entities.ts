import { ProposalAttachmentEntity } from './attachments/proposal-attachment.entity';
import { CallDocumentEntity } from './call-documents/call-document.entity';
import { CallEntity } from './calls/call.entity';
import { ThemeEntity } from './calls/theme.entity';
import { ProposalVersionEntity } from './proposals/proposal-version.entity';
import { ProposalEntity } from './proposals/proposal.entity';

/** The entities of the tables this library owns: registered by ProposalsModule, named by data sources built by hand. */
export const PROPOSALS_ENTITIES = [
  CallEntity,
  ThemeEntity,
  ProposalEntity,
  ProposalVersionEntity,
  ProposalAttachmentEntity,
  CallDocumentEntity,
] as const;
