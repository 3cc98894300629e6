export * from './entities';
export { MIGRATIONS } from './migrations';
export { createDataSource, dataSourceOptions, migrate, type DataSourceOptions } from './data-source';
export { runningEmbeddedUrl, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
export { isUniqueViolation, isForeignKeyViolation } from './pg-errors';
export { PersistenceModule } from './persistence.module';
export { DatabaseHealthRepository } from './database-health.repository';
export { openDatabase } from './open-database';
export { OpenedDataSourceModule, contextOn } from './opened-data-source.module';
export {
  allowNamedStatements,
  hydrate,
  namesStatements,
  queryPrepared,
  selectList,
  type Statement,
} from './prepared-statements';
export { ReadDataSource, ReadReplicaUnavailableError, type ReadFrom } from './read-data-source';
