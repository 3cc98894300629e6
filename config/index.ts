export { AppConfig } from './app-config';
export { loadConfig } from './load-config';
export { childEnvironment, smallMallocEnvironment } from './process-environment';
export { ConfigError } from './config-error';
export { CONFIG_DEFAULTS } from './defaults';
export { ConfigModule } from './config.module';
export { bundledChromiumFontDir, inheritedEnvironment, TEST_SETTINGS, useTestPostgresUrl } from './test-settings';
