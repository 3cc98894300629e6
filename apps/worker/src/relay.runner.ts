import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kyodo/config';
import { Clock } from '@kyodo/platform';
import { createProducerConnection, OutboxRelay, OutboxRepository } from '@kyodo/queues';

/**
 * Polls the outbox and feeds BullMQ. While Redis is away it keeps polling
 * (rows wait in PostgreSQL) and logs once per outage, not once per tick.
 * A connection that has failed for a second is replaced: measured, an
 * ioredis producer connection can stay broken after Redis restarts
 * (every command "Reached the max retries per request limit"), and the
 * outbox must drain within seconds of Redis returning.
 */
@Injectable()
export class RelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private redis: Redis;
  private relay: OutboxRelay;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing = false;
  private failingSince = 0;

  constructor(
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    [this.redis, this.relay] = this.connect();
  }

  private connect(): [Redis, OutboxRelay] {
    const redis = createProducerConnection(this.config.REDIS_URL ?? 'redis://127.0.0.1:6379');
    redis.on('error', () => undefined); // reported by the relay loop instead
    const relay = new OutboxRelay(this.outbox, redis, this.clock, {
      batchSize: this.config.OUTBOX_RELAY_BATCH_SIZE,
      prefix: this.config.KYODO_QUEUE_PREFIX,
    });
    return [redis, relay];
  }

  private async reconnect(): Promise<void> {
    const [redis, relay] = [this.redis, this.relay];
    [this.redis, this.relay] = this.connect();
    // Closing over a broken connection may never finish; it is not waited for long.
    await Promise.race([relay.close().catch(() => undefined), new Promise((done) => setTimeout(done, 500))]);
    redis.disconnect();
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
        this.failingSince = Date.now();
      }
      this.failing = true;
      if (Date.now() - this.failingSince >= 1000 && !this.stopped) {
        this.failingSince = Date.now();
        await this.reconnect();
      }
    }
  }
}
