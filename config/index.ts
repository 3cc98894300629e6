export { AppConfig, ConfigError, loadConfig } from './app-config';
export { CONFIG_DEFAULTS } from './defaults';
export { ConfigModule } from './config.module';
export { inheritedEnvironment, TEST_SETTINGS } from './test-settings';
