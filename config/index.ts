export { AppConfig, loadConfig } from './app-config';
export { ConfigError } from './config-error';
export { CONFIG_DEFAULTS } from './defaults';
export { ConfigModule } from './config.module';
export { bundledChromiumFontDir, inheritedEnvironment, TEST_SETTINGS, useTestPostgresUrl } from './test-settings';
