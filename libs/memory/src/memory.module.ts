import { Module } from '@nestjs/common';
import { DisclosureModule } from '@kyodo/disclosure';
import { IdentityModule } from '@kyodo/identity';
import { PartnershipModule } from '@kyodo/partnership';
import { ProposalsModule } from '@kyodo/proposals';
import { GroupTrackRecord } from './group-track-record/group-track-record.use-case';
import { PartnershipMemory } from './partnership-memory/partnership-memory.use-case';

/**
 * 協働の記録: a read model over the owners' exported APIs (proposals, partnership, disclosure, identity, and the
 * global ReviewModule's blind rule). It owns no table.
 */
@Module({
  imports: [ProposalsModule, PartnershipModule, DisclosureModule, IdentityModule],
  providers: [PartnershipMemory, GroupTrackRecord],
  exports: [PartnershipMemory, GroupTrackRecord],
})
export class MemoryModule {}
