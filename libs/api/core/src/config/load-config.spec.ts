import { AppConfig } from './app-config';
import { ConfigurationError, loadConfig } from './load-config';

const KEY = Buffer.alloc(32, 7).toString('base64');
const valid = {
  DATABASE_URL: 'postgres://u@localhost:5432/ibd',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(32),
  IDENTITY_KEYS: `k1:${KEY},k2:${KEY}`,
  IDENTITY_ACTIVE_KEY: 'k2',
  BLIND_INDEX_KEY: KEY,
};

const problemsOf = (env: Record<string, string | undefined>): string[] => {
  try {
    loadConfig(AppConfig, env);
    return [];
  } catch (error) {
    return (error as ConfigurationError).problems;
  }
};

describe('loadConfig(AppConfig)', () => {
  it('accepts a valid environment, applying defaults and converting types', () => {
    const config = loadConfig(AppConfig, { ...valid, PORT: '8080', DEMO_MODE: 'true' });
    expect(config).toMatchObject({
      PORT: 8080,
      DEMO_MODE: true,
      ACCESS_TOKEN_TTL_SECONDS: 900,
      IDLE_TIMEOUT_MINUTES: 30,
      NODE_ENV: 'development',
    });
  });

  it('lists every missing required variable at once', () => {
    const problems = problemsOf({});
    for (const name of Object.keys(valid)) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
  });

  it.each([
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'localhost:6379'],
    ['JWT_SECRET', 'too-short'],
    ['IDENTITY_KEYS', 'k2:notbase64'],
    ['IDENTITY_ACTIVE_KEY', 'k9'],
    ['BLIND_INDEX_KEY', 'abc'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['CORS_ORIGIN', 'localhost:4200'],
    ['BODY_LIMIT', '1gb'],
    ['ACCESS_TOKEN_TTL_SECONDS', '10'],
    ['IDLE_TIMEOUT_MINUTES', '4'],
    ['IDLE_TIMEOUT_MINUTES', 'half an hour'],
    ['MFA_REQUIRED', 'maybe'],
  ])('names %s when it is %j', (name, value) => {
    const problems = problemsOf({ ...valid, [name]: value });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(name))).toBe(true);
  });

  it.each([
    [{}, false],
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'production', MFA_REQUIRED: 'false' }, false],
    [{ DEMO_MODE: 'true', MFA_REQUIRED: 'true' }, true],
  ])('with %j requires a second factor: %p', (env, required) => {
    expect(loadConfig(AppConfig, { ...valid, ...env }).mfaRequired).toBe(required);
  });

  it('refuses demo mode in production', () => {
    expect(problemsOf({ ...valid, NODE_ENV: 'production', DEMO_MODE: 'true' })).toEqual([
      'DEMO_MODE must not be true when NODE_ENV is production',
    ]);
  });
});
