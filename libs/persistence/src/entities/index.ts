/**
 * Every entity now lives in the library that owns its table and is registered there (`TypeOrmModule.forFeature`);
 * a data source built outside Nest passes the owners' entity lists to `createDataSource`.
 */
export const ENTITIES: Function[] = [];
