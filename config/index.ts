export { AppConfig, ConfigError, loadConfig } from './app-config';
export { CONFIG_DEFAULTS } from './defaults';
export { ConfigModule } from './config.module';
export { bundledChromiumFontDir, inheritedEnvironment, TEST_SETTINGS, useTestPostgresUrl } from './test-settings';
