import { Module } from '@nestjs/common';
import { ConfigModule } from '@kyodo/config';
import { DisclosureModule } from '@kyodo/disclosure';
import { ReportsModule } from '@kyodo/reports';
import { NotificationsModule } from '@kyodo/notifications';
import { AuditModule } from '@kyodo/audit';
import { IdentityModule } from '@kyodo/identity';
import { PersistenceModule } from '@kyodo/persistence';
import { QueuesModule } from '@kyodo/queues';
import { ProposalsModule } from '@kyodo/proposals';
import { ReviewModule } from '@kyodo/review';
import { Processors } from './processors';
import { RelayRunner } from './relay.runner';

@Module({
  imports: [
    ConfigModule,
    // The public reads are the API's: the worker keeps no pool on a read replica.
    PersistenceModule.withoutReadReplica(),
    // The libraries' entities load with their modules (autoLoadEntities); the worker's use cases read these too.
    IdentityModule,
    AuditModule,
    QueuesModule,
    NotificationsModule,
    ProposalsModule,
    ReviewModule,
    DisclosureModule,
    ReportsModule,
  ],
  providers: [RelayRunner, Processors],
})
export class WorkerModule {}
