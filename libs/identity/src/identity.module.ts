import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { Clock } from '@kyodo/platform';
import { AccessTokens } from './access-token';
import { ActorLoader } from './actor-loader';
import { AuthService } from './auth.service';
import { DirectoryService } from './directory.service';
import { resolveJwtSecret } from './jwt-secret';

@Module({
  providers: [
    {
      provide: AccessTokens,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new AccessTokens(
          resolveJwtSecret(config.KYODO_JWT_SECRET, config.KYODO_DATA_DIR),
          config.ACCESS_TOKEN_TTL_SECONDS,
        ),
    },
    {
      provide: AuthService,
      inject: [DataSource, AccessTokens, Clock, AppConfig],
      useFactory: (dataSource: DataSource, tokens: AccessTokens, clock: Clock, config: AppConfig) =>
        new AuthService(dataSource, tokens, clock, {
          refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
          maxFailures: config.LOGIN_MAX_FAILURES,
          failureWindowSeconds: config.LOGIN_WINDOW_SECONDS,
        }),
    },
    { provide: ActorLoader, inject: [DataSource], useFactory: (ds: DataSource) => new ActorLoader(ds) },
    {
      provide: DirectoryService,
      inject: [DataSource, Clock],
      useFactory: (ds: DataSource, clock: Clock) => new DirectoryService(ds, clock),
    },
  ],
  exports: [AccessTokens, AuthService, ActorLoader, DirectoryService],
})
export class IdentityModule {}
