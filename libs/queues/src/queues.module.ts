import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Outbox } from './outbox';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxRepository } from './outbox.repository';

/** The transactional outbox: written in the callers' transactions, drained by the worker's relay. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  providers: [OutboxRepository, Outbox],
  exports: [OutboxRepository, Outbox],
})
export class QueuesModule {}
