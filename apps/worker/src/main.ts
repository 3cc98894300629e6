import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@kyodo/config';
import { exitIfShutdownHangs } from '@kyodo/platform';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  process.title = 'kyodo-worker';
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    abortOnError: false,
    logger: config.LOG_LEVEL === 'silent' ? false : ['log', 'error', 'warn'],
  });
  app.enableShutdownHooks();
  exitIfShutdownHangs((message) => new Logger('Shutdown').error(message));
  new Logger('Worker').log('Kyodo worker running: outbox relay and queue processors');
  process.send?.({ kyodo: 'ready' });
  process.channel?.unref(); // the channel must not keep a stopping process alive
}

bootstrap().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : `failed to start: ${error instanceof Error ? error.message : error}`;
  process.stderr.write(`kyodo-worker: ${message}\n`);
  process.exit(1);
});
