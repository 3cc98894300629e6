import type { ValidationError } from 'class-validator';

/** A configuration that cannot run, with every problem named (a boot message, never a stack trace). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Settings whose value a boot message never repeats. */
const SECRET_KEYS = new Set(['S3_SECRET_ACCESS_KEY']);

export function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => {
    const received =
      error.value === undefined
        ? 'unset'
        : SECRET_KEYS.has(error.property)
          ? '***'
          : JSON.stringify(String(error.value));
    return Object.values(error.constraints ?? {}).map((message) => `${error.property} (${received}): ${message}`);
  });
}
