// Errors the CLI turns into one clear line and an exit code, instead of a stack trace.

/** A wrong option or argument: exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Some inputs failed but the run went on: exit code 2 after the summary. */
export class PartialFailure extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'PartialFailure';
  }
}

/** Turns a zod error into `--option: what is accepted` lines, naming each option. */
export function describeZodIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  names: Record<string, string> = {},
): string {
  return issues
    .map((i) => {
      const key = i.path.map(String).join('.');
      const name = names[key] ?? (key ? `--${key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}` : 'input');
      return `${name}: ${i.message}`;
    })
    .join('; ');
}
