import { Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config';

/** The validated configuration, loaded once per process and injectable everywhere. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => loadConfig() }],
  exports: [AppConfig],
})
export class ConfigModule {}
