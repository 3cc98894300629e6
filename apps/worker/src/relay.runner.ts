import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { Clock } from '@kyodo/platform';
import { createProducerConnection, OutboxRelay } from '@kyodo/queues';

/**
 * Polls the outbox and feeds BullMQ. While Redis is away it keeps polling
 * (rows wait in PostgreSQL) and logs once per outage, not once per tick.
 */
@Injectable()
export class RelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly redis: Redis;
  private readonly relay: OutboxRelay;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing = false;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(Clock) clock: Clock,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    this.redis = createProducerConnection(config.REDIS_URL ?? 'redis://127.0.0.1:6379');
    this.redis.on('error', () => undefined); // reported by the relay loop instead
    this.relay = new OutboxRelay(dataSource, this.redis, clock, {
      batchSize: config.OUTBOX_RELAY_BATCH_SIZE,
      prefix: config.KYODO_QUEUE_PREFIX,
    });
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.relay.close();
    this.redis.disconnect();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => this.schedule(this.config.OUTBOX_RELAY_INTERVAL_MS));
    }, delay);
  }

  private async tick(): Promise<void> {
    try {
      while (!this.stopped && (await this.relay.relayOnce()) > 0) {
        // drain while there is work
      }
      if (this.failing) this.logger.log('relay recovered; outbox draining again');
      this.failing = false;
    } catch (error) {
      if (!this.failing) {
        this.logger.warn(`relay paused, rows stay in the outbox: ${error instanceof Error ? error.message : error}`);
      }
      this.failing = true;
    }
  }
}
