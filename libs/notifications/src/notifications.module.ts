import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliverProposalNotification } from './deliver-proposal-notification';
import { InboxService } from './inbox.service';

@Module({
  providers: [
    { provide: InboxService, inject: [DataSource], useFactory: (ds: DataSource) => new InboxService(ds) },
    {
      provide: DeliverProposalNotification,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new DeliverProposalNotification(ds),
    },
  ],
  exports: [InboxService, DeliverProposalNotification],
})
export class NotificationsModule {}
