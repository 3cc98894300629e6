import { Module } from '@nestjs/common';
import { ConfigModule } from '@kyodo/config';
import { NotificationsModule } from '@kyodo/notifications';
import { PersistenceModule } from '@kyodo/persistence';
import { Processors } from './processors';
import { RelayRunner } from './relay.runner';

@Module({
  imports: [ConfigModule, PersistenceModule, NotificationsModule],
  providers: [RelayRunner, Processors],
})
export class WorkerModule {}
