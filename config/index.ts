export { AppConfig, ConfigError, loadConfig } from './app-config';
export { CONFIG_DEFAULTS } from './defaults';
