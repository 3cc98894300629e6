import { Module } from '@nestjs/common';
import { ConfigModule } from '@kyodo/config';
import { DisclosureModule } from '@kyodo/disclosure';
import { ReportsModule } from '@kyodo/reports';
import { NotificationsModule } from '@kyodo/notifications';
import { PersistenceModule } from '@kyodo/persistence';
import { ProposalsModule } from '@kyodo/proposals';
import { ReviewModule } from '@kyodo/review';
import { Processors } from './processors';
import { RelayRunner } from './relay.runner';

@Module({
  imports: [
    ConfigModule,
    PersistenceModule,
    NotificationsModule,
    ProposalsModule,
    ReviewModule,
    DisclosureModule,
    ReportsModule,
  ],
  providers: [RelayRunner, Processors],
})
export class WorkerModule {}
