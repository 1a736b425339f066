import { ConfigError, parseEnv } from '@loopgrade/config';

describe('configuration is validated at boot', () => {
  it('defaults to the embedded mode', () => {
    const config = parseEnv({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: '.data', LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('names every bad variable and what is wrong, in one line', () => {
    let error: unknown;
    try {
      parseEnv({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOOPGRADE_ADMIN_TOKEN: 'short',
        LOG_LEVEL: 'loud',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain('PORT must be a whole number');
    expect(message).toContain('DATABASE_URL must use postgres: or postgresql:');
    expect(message).toContain('LOOPGRADE_ADMIN_TOKEN must be at least 32 characters');
    expect(message).toContain('LOG_LEVEL must be one of');
  });

  it('parses booleans and bounds', () => {
    expect(parseEnv({ WEBHOOK_ALLOW_PRIVATE: 'true' }).WEBHOOK_ALLOW_PRIVATE).toBe(true);
    expect(() => parseEnv({ WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE must be true or false/,
    );
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT must be between 1 and 65535/);
  });
});
