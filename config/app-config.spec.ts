import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('fills defaults: port 3000, data under ./data, embedded database and launched Redis', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.KYODO_DATA_DIR).toBe('./data');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('takes environment values over defaults', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/kyodo',
      CORS_ORIGINS: 'https://a.jp, https://b.jp',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgres://u@db:5432/kyodo');
    expect(config.corsOrigins).toEqual(['https://a.jp', 'https://b.jp']);
  });

  it('names every bad variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT ("eighty"): PORT must be an integer between 0 and 65535');
    expect(message).toContain(
      'DATABASE_URL ("mysql://x"): DATABASE_URL must be a postgres:// or postgresql:// connection URL',
    );
    expect(message).toContain('REDIS_URL');
  });

  it('refuses headers that may take longer than the whole request', () => {
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '6000' })).toThrow(
      'HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS',
    );
    expect(() => loadConfig({ API_DOCS_UI: 'off' })).toThrow('API_DOCS_UI must be true or false');
  });
});
