import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { parse } from 'yaml';
import { AppConfig, ConfigurationError, loadConfig } from '@ibd/api/core';

/**
 * There is no Docker engine to run docker-compose.yml here, so this keeps it honest on paper: the
 * services and hardening the issue asks for, and environment variable names that are exactly those
 * of the configuration class. Every rule is also run against a deliberately broken copy, so a rule
 * that could never fail would fail here.
 */

type Env = Record<string, string>;

interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string };
  profiles?: string[];
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  cap_drop?: string[];
  security_opt?: string[];
  read_only?: boolean;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: unknown[];
  volumes?: unknown[];
}

interface Compose {
  services: Record<string, Service>;
}

const ROOT = join(__dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

const COMPOSE_TEXT = read('docker-compose.yml');
const COMPOSE = parse(COMPOSE_TEXT, { merge: true }) as Compose;
const ENV_EXAMPLE = read('.env.example');

/** Every variable of AppConfig: fields with defaults, and the decorated `!`/`?` fields that have no own key. */
const PROPERTIES = new Set([
  ...Object.keys(new AppConfig()),
  ...getMetadataStorage()
    .getTargetValidationMetadatas(AppConfig, '', true, false)
    .map((metadata) => metadata.propertyName),
]);

/** The variables without which the configuration does not load (each problem starts with its name). */
function requiredVariables(): string[] {
  try {
    loadConfig(AppConfig, {});
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return [...new Set(error.problems.map((problem) => /^[A-Z][A-Z0-9_]*/.exec(problem)?.[0] ?? problem))];
  }
  return [];
}
const REQUIRED = requiredVariables();

/** Secrets must come from .env; only connection URLs may be written by compose itself. */
const SECRETS = REQUIRED.filter((name) => !name.endsWith('_URL'));

const REQUIRED_SERVICES = ['postgres', 'redis', 'api', 'worker', 'web'];
const APP_DOCKERFILES = ['docker/api.Dockerfile', 'docker/worker.Dockerfile'];

const variablesOf = (text: string) => [...text.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]);
const requiredByCompose = (text: string) => [
  ...new Set([...text.matchAll(/\$\{([A-Z][A-Z0-9_]*):\?/g)].map((match) => match[1])),
];

/** Compose's interpolation: `${X}`, `${X:-default}`, `${X-default}`, `${X:?message}`, `${X?message}`, `$$`. */
function interpolate(value: string, dotEnv: Env): string {
  return value.replace(
    /\$\$|\$\{([A-Z][A-Z0-9_]*)(?:(:?[-?])([^}]*))?\}/g,
    (match, name: string, op?: string, arg?: string) => {
      if (match === '$$') return '$';
      const given = dotEnv[name];
      const unset = op?.startsWith(':') ? !given : given === undefined;
      if (op?.endsWith('?') && unset) throw new Error(`${name}: ${arg}`);
      if (op?.endsWith('-') && unset) return arg ?? '';
      return given ?? '';
    },
  );
}

function environmentOf(service: Service): Env {
  const environment = service.environment ?? {};
  const entries = Array.isArray(environment)
    ? environment.map((item) => [item.split('=')[0], item.slice(item.indexOf('=') + 1)])
    : Object.entries(environment).map(([name, value]) => [name, value === null ? '' : String(value)]);
  return Object.fromEntries(entries);
}

const asList = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(' ') : (value ?? ''));

function hasHealthcheck(service: Service): boolean {
  if (service.healthcheck) return !service.healthcheck.disable && asList(service.healthcheck.test) !== 'NONE';
  const dockerfile = service.build?.dockerfile;
  return dockerfile !== undefined && /^HEALTHCHECK\s+(?!NONE)/m.test(read(dockerfile));
}

const isAppService = (name: string, service: Service) =>
  name === 'api' || name === 'worker' || APP_DOCKERFILES.includes(service.build?.dockerfile ?? '');

/** A .env that fills every `${X:?}` of the compose file with public test values (.env.test). */
function testDotEnv(): Env {
  const testEnv = Object.fromEntries(
    read('.env.test')
      .split('\n')
      .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1], match[2]]),
  );
  return Object.fromEntries(
    requiredByCompose(COMPOSE_TEXT).map((name) => [name, testEnv[name] ?? 'compose-test-value']),
  );
}

function composeProblems(compose: Compose, dotEnv: Env): string[] {
  const problems: string[] = [];
  const services = compose.services ?? {};

  for (const name of REQUIRED_SERVICES) {
    if (!services[name]) problems.push(`service ${name} is missing`);
  }

  for (const [name, service] of Object.entries(services)) {
    if (!service.cap_drop?.includes('ALL')) problems.push(`${name}: cap_drop must include ALL`);
    if (!service.security_opt?.some((option) => /^no-new-privileges(:true)?$/.test(option))) {
      problems.push(`${name}: security_opt must include no-new-privileges:true`);
    }
    // Long-running services (not one-off tools behind a profile) run on a read-only root.
    if (!service.profiles && service.read_only !== true) problems.push(`${name}: read_only must be true`);
    if (service.ports?.length && name !== 'web') problems.push(`${name}: only web may publish ports`);

    const dependsOn = service.depends_on;
    if (Array.isArray(dependsOn)) {
      problems.push(`${name}: depends_on must give each service condition: service_healthy`);
    } else {
      for (const [target, { condition } = {}] of Object.entries(dependsOn ?? {})) {
        if (condition !== 'service_healthy') problems.push(`${name}: depends_on ${target} must be service_healthy`);
        if (!services[target]) problems.push(`${name}: depends_on unknown service ${target}`);
        else if (!hasHealthcheck(services[target]))
          problems.push(`${name}: depends_on ${target}, which has no healthcheck`);
      }
    }

    if (isAppService(name, service)) {
      const environment = environmentOf(service);
      for (const variable of Object.keys(environment)) {
        if (!PROPERTIES.has(variable)) problems.push(`${name}: ${variable} is not a variable of AppConfig`);
      }
      for (const variable of REQUIRED) {
        if (!(variable in environment)) problems.push(`${name}: required ${variable} is not set`);
      }
      for (const variable of SECRETS) {
        const value = environment[variable];
        if (value !== undefined && !new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`).test(value)) {
          problems.push(`${name}: ${variable} must be \${${variable}:?message}, taken from .env`);
        }
      }
      if (environment['NODE_ENV'] !== 'production') problems.push(`${name}: NODE_ENV must be production`);
      try {
        loadConfig(
          AppConfig,
          Object.fromEntries(
            Object.entries(environment).map(([variable, value]) => [variable, interpolate(value, dotEnv)]),
          ),
        );
      } catch (error) {
        const detail = error instanceof ConfigurationError ? error.problems.join('; ') : String(error);
        problems.push(`${name}: configuration does not load: ${detail}`);
      }
    }
  }

  const redis = services['redis'];
  if (redis) {
    const command = asList(redis.command);
    if (!/--appendonly\s+yes\b/.test(command)) problems.push('redis: --appendonly yes is missing');
    if (!/--maxmemory-policy\s+noeviction\b/.test(command))
      problems.push('redis: --maxmemory-policy noeviction is missing');
    if (!/^redis:7/.test(redis.image ?? '')) problems.push('redis: image must be redis:7');
    if (!/redis-cli\b.*\bping\b/.test(asList(redis.healthcheck?.test)))
      problems.push('redis: healthcheck must be redis-cli ping');
    if (!redis.volumes?.length) problems.push('redis: the append-only file needs a volume');
  }
  const postgres = services['postgres'];
  if (postgres) {
    if (!/^postgres:16/.test(postgres.image ?? '')) problems.push('postgres: image must be postgres:16');
    if (!/pg_isready/.test(asList(postgres.healthcheck?.test)))
      problems.push('postgres: healthcheck must be pg_isready');
    if (!postgres.volumes?.length) problems.push('postgres: data needs a volume');
  }
  return problems;
}

describe('docker-compose.yml', () => {
  const dotEnv = testDotEnv();

  it('derives the required variables from AppConfig', () => {
    // Guards the derivation itself: an empty list would make the "required" rules vacuous.
    expect(REQUIRED).toEqual(
      expect.arrayContaining([
        'DATABASE_URL',
        'REDIS_URL',
        'JWT_SECRET',
        'IDENTITY_KEYS',
        'IDENTITY_ACTIVE_KEY',
        'BLIND_INDEX_KEY',
      ]),
    );
    expect(PROPERTIES.has('WEB_DIST_DIR')).toBe(true);
    expect(REQUIRED).not.toContain('WEB_DIST_DIR');
  });

  it('has the services, hardening and environment the configuration class asks for', () => {
    expect(composeProblems(COMPOSE, dotEnv)).toEqual([]);
  });

  it('refuses to start without each secret in .env', () => {
    for (const secret of [...SECRETS, 'POSTGRES_PASSWORD']) {
      const { [secret]: _missing, ...rest } = dotEnv;
      const environment = environmentOf(COMPOSE.services['api']);
      const postgres = environmentOf(COMPOSE.services['postgres']);
      expect(() =>
        [...Object.values(environment), ...Object.values(postgres)].forEach((value) => interpolate(value, rest)),
      ).toThrow(secret);
    }
  });

  const broken = (mutate: (compose: Compose) => void) => {
    const copy = structuredClone(COMPOSE);
    mutate(copy);
    return composeProblems(copy, dotEnv);
  };
  const env = (compose: Compose, service: string) => compose.services[service].environment as Record<string, string>;

  it.each<[string, (compose: Compose) => void, string]>([
    ['a service is missing', (c) => delete c.services['redis'], 'service redis is missing'],
    [
      'a variable is misspelt',
      (c) => (env(c, 'api')['JWT_SECRETS'] = '${JWT_SECRETS:?x}'),
      'api: JWT_SECRETS is not a variable of AppConfig',
    ],
    [
      'a required variable is left out',
      (c) => delete env(c, 'worker')['IDENTITY_KEYS'],
      'worker: required IDENTITY_KEYS is not set',
    ],
    [
      'a secret is written into the file',
      (c) => (env(c, 'api')['JWT_SECRET'] = 'x'.repeat(40)),
      'api: JWT_SECRET must be ${JWT_SECRET:?message}',
    ],
    [
      'a secret has a default',
      (c) => (env(c, 'worker')['BLIND_INDEX_KEY'] = '${BLIND_INDEX_KEY:-abc}'),
      'worker: BLIND_INDEX_KEY must be',
    ],
    [
      'a value is one the class rejects',
      (c) => (env(c, 'api')['ACCESS_TOKEN_TTL_SECONDS'] = '15m'),
      'api: configuration does not load',
    ],
    [
      'NODE_ENV is not production',
      (c) => (env(c, 'worker')['NODE_ENV'] = 'development'),
      'worker: NODE_ENV must be production',
    ],
    ['capabilities are kept', (c) => delete c.services['api'].cap_drop, 'api: cap_drop must include ALL'],
    [
      'privileges can be raised',
      (c) => (c.services['web'].security_opt = []),
      'web: security_opt must include no-new-privileges:true',
    ],
    [
      'the root file system is writable',
      (c) => (c.services['worker'].read_only = false),
      'worker: read_only must be true',
    ],
    [
      'the database is published',
      (c) => (c.services['postgres'].ports = ['5432:5432']),
      'postgres: only web may publish ports',
    ],
    [
      'a dependency is only started',
      (c) => (c.services['worker'].depends_on = { api: { condition: 'service_started' } }),
      'worker: depends_on api must be service_healthy',
    ],
    [
      'a dependency uses the short syntax',
      (c) => (c.services['web'].depends_on = ['api']),
      'web: depends_on must give each service condition',
    ],
    [
      'a dependency has no healthcheck',
      (c) => delete c.services['redis'].healthcheck,
      'api: depends_on redis, which has no healthcheck',
    ],
    [
      'Redis may evict jobs',
      (c) =>
        (c.services['redis'].command = ['redis-server', '--appendonly', 'yes', '--maxmemory-policy', 'allkeys-lru']),
      'redis: --maxmemory-policy noeviction is missing',
    ],
    [
      'Redis has no append-only file',
      (c) => (c.services['redis'].command = 'redis-server --maxmemory-policy noeviction'),
      'redis: --appendonly yes is missing',
    ],
    [
      'PostgreSQL is not version 16',
      (c) => (c.services['postgres'].image = 'postgres:15-alpine'),
      'postgres: image must be postgres:16',
    ],
  ])('notices when %s', (_case, mutate, expected) => {
    expect(broken(mutate)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  });
});

/** Secret key material: never a usable value in the example. */
const KEY_MATERIAL = ['JWT_SECRET', 'IDENTITY_KEYS', 'BLIND_INDEX_KEY'];

/** Problems of .env.example: every variable, required ones first and set, no usable secret. */
function envExampleProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  const listed = lines
    .map((line, index) => ({ index, match: /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line) }))
    .filter((entry): entry is { index: number; match: RegExpExecArray } => entry.match !== null)
    .map(({ index, match }) => ({ index, commented: match[1] !== undefined, name: match[2], value: match[3] }));
  const names = new Set(listed.map((entry) => entry.name));
  const composeVariables = new Set(variablesOf(COMPOSE_TEXT));

  for (const property of PROPERTIES) {
    if (!names.has(property)) problems.push(`${property} is not listed`);
  }
  for (const entry of listed) {
    if (!PROPERTIES.has(entry.name) && !composeVariables.has(entry.name)) {
      problems.push(`${entry.name} is neither an AppConfig variable nor used by docker-compose.yml`);
    }
  }
  for (const name of [...REQUIRED, ...requiredByCompose(COMPOSE_TEXT)]) {
    if (listed.some((entry) => entry.name === name && entry.commented))
      problems.push(`${name} is required and must not be commented out`);
  }
  const lastRequired = Math.max(...listed.filter((entry) => REQUIRED.includes(entry.name)).map((entry) => entry.index));
  const firstOptional = Math.min(
    ...listed
      .filter((entry) => PROPERTIES.has(entry.name) && !REQUIRED.includes(entry.name))
      .map((entry) => entry.index),
  );
  if (lastRequired > firstOptional) problems.push('required variables must come first');

  // Copied unchanged, the example must not load: each key is empty until someone generates one.
  const values = Object.fromEntries(
    listed.filter((entry) => !entry.commented).map((entry) => [entry.name, entry.value]),
  );
  let loadProblems: string[] = [];
  try {
    loadConfig(AppConfig, values);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    loadProblems = error.problems;
  }
  for (const key of KEY_MATERIAL) {
    if (!loadProblems.some((problem) => problem.startsWith(`${key} `) || problem.startsWith(`${key}:`))) {
      problems.push(`${key} has a usable value; the example must ship none`);
    }
  }
  return problems;
}

describe('.env.example', () => {
  it('lists every variable, required ones first, with no usable secret', () => {
    expect(envExampleProblems(ENV_EXAMPLE)).toEqual([]);
  });

  it.each<[string, (text: string) => string, string]>([
    ['a variable is missing', (t) => t.replace(/^# LOGIN_LOCK_MINUTES=.*$/m, ''), 'LOGIN_LOCK_MINUTES is not listed'],
    ['a stale variable is listed', (t) => `${t}\n# SESSION_SECRET=\n`, 'SESSION_SECRET is neither'],
    [
      'a required variable is commented out',
      (t) => t.replace(/^JWT_SECRET=/m, '# JWT_SECRET='),
      'JWT_SECRET is required',
    ],
    [
      'a compose secret is commented out',
      (t) => t.replace(/^POSTGRES_PASSWORD=/m, '# POSTGRES_PASSWORD='),
      'POSTGRES_PASSWORD is required',
    ],
    [
      'required variables come late',
      (t) => `${t.replace(/^BLIND_INDEX_KEY=.*$/m, '')}\nBLIND_INDEX_KEY=\n`,
      'required variables must come first',
    ],
    [
      'a real key is shipped',
      (t) => t.replace(/^BLIND_INDEX_KEY=.*$/m, 'BLIND_INDEX_KEY=dGVzdC1ibGluZC1pbmRleC1rZXktbm90LXNlY3JldCE='),
      'BLIND_INDEX_KEY has a usable value',
    ],
  ])('notices when %s', (_case, mutate, expected) => {
    expect(envExampleProblems(mutate(ENV_EXAMPLE))).toEqual(
      expect.arrayContaining([expect.stringContaining(expected)]),
    );
  });
});

describe('Dockerfiles', () => {
  /** The instructions of the last stage, which is what the image runs. */
  const finalStage = (file: string) =>
    read(file)
      .split(/^FROM\s/m)
      .pop() ?? '';

  it.each([
    ['docker/api.Dockerfile', 'api'],
    ['docker/worker.Dockerfile', 'worker'],
  ])('%s builds with nx and runs the bundle on production dependencies as a non-root user', (file, app) => {
    const text = read(file);
    expect(text).toMatch(new RegExp(`RUN npx nx build ${app}\\b`));
    expect(text).toMatch(/npm ci --omit=dev/);
    const stage = finalStage(file);
    expect(stage).toMatch(/^ENV NODE_ENV=production$/m);
    expect(stage).toMatch(/^USER (?!root\b|0\b)\S+$/m);
    expect(stage).toContain(`CMD ["node", "dist/apps/${app}/main.js"]`);
  });

  it('serves the client from nginx as a non-root user with the SPA fallback and the /api proxy', () => {
    const stage = finalStage('docker/web.Dockerfile');
    expect(read('docker/web.Dockerfile')).toMatch(/RUN npx nx build web\b/);
    expect(stage).toMatch(/^nginxinc\/nginx-unprivileged:/);
    expect(stage).toContain('/src/dist/apps/web/browser');
    expect(stage).toMatch(/^USER (?!root\b|0\b)\S+$/m);
    const nginx = read('docker/nginx.conf');
    expect(nginx).toMatch(/try_files \$uri \$uri\/ \/index\.html;/);
    expect(nginx).toMatch(/set \$api_upstream http:\/\/api:3000;/);
    expect(nginx).toMatch(/location \^~ \/api\/ \{[^}]*proxy_pass \$api_upstream;/);
  });
});
