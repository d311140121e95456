import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

const describe = (error: ValidationError): string[] =>
  Object.values(error.constraints ?? {}).map((message) =>
    message.startsWith(error.property) ? message : `${error.property}: ${message}`,
  );

/**
 * Builds and validates a configuration class from the environment. This is the one place of the
 * code base that reads process.env; every problem is reported at once.
 */
export function loadConfig<T extends object>(
  configClass: new () => T,
  env: Record<string, string | undefined> = process.env,
): T {
  const known = Object.keys(new configClass());
  const keys = new Set([...known, ...Object.keys(env).filter((key) => /^[A-Z][A-Z0-9_]*$/.test(key))]);
  const raw = Object.fromEntries([...keys].filter((key) => env[key] !== undefined).map((key) => [key, env[key]]));
  const config = plainToInstance(configClass, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { forbidUnknownValues: false }).flatMap(describe);
  if (problems.length > 0) {
    throw new ConfigurationError(problems);
  }
  return config;
}
