import { type DynamicModule, Global, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource, EntityManager } from 'typeorm';
import { ConfigModule } from '@kyodo/config';
import { Clock, SystemClock } from '@kyodo/platform';
import { ReadDataSource } from './read-data-source';

/**
 * PersistenceModule's place for a process that opened its data source itself (command-line tools, benchmarks): the
 * libraries' modules wire their repositories and services on it exactly as in the apps, so such a process asks a
 * Nest application context for a service instead of building the graph by hand. `DataSource` is the token
 * `@InjectDataSource()` and `TypeOrmModule.forFeature` inject. Closing the data source stays with whoever opened it:
 * closing the context leaves it open. The clock is the system's unless the process brings its own (the demo seed steps
 * one through a past year, so its events carry the dates they would have had).
 */
@Global()
@Module({})
export class OpenedDataSourceModule {
  static of(dataSource: DataSource, modules: DynamicModule['imports'] = [], clock?: Clock): DynamicModule {
    return {
      module: OpenedDataSourceModule,
      imports: [ConfigModule, ...modules],
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: EntityManager, useValue: dataSource.manager },
        // A command reads what it (or the staff) just wrote: every read on its own data source.
        { provide: ReadDataSource, useValue: ReadDataSource.primaryOnly(dataSource) },
        clock ? { provide: Clock, useValue: clock } : { provide: Clock, useClass: SystemClock },
      ],
      exports: [DataSource, EntityManager, Clock, ReadDataSource],
    };
  }
}

/** A Nest application context of the libraries' `modules` on an opened data source; close it when done. */
export function contextOn(
  dataSource: DataSource,
  modules: DynamicModule['imports'],
  options: { clock?: Clock } = {},
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(OpenedDataSourceModule.of(dataSource, modules, options.clock), {
    logger: ['error', 'warn'],
  });
}
