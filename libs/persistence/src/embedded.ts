/**
 * What a launcher needs to serve the embedded database, without TypeORM, the entities or the migrations: the
 * launcher of the embedded default stays small (its migrations run in a short-lived process of their own).
 */
export { runningEmbeddedUrl, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
