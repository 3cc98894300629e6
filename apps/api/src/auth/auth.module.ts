import { Module } from '@nestjs/common';
import { IdentityModule } from '@kyodo/identity';
import { Authenticator } from './authenticator';

/** Token → Actor, for the global guard and for routes served outside Nest's router. */
@Module({ imports: [IdentityModule], providers: [Authenticator], exports: [Authenticator] })
export class AuthModule {}
