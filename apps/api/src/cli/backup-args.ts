import { UsageError } from '../run-main.js';

export interface ParsedArgs {
  options: Record<string, string>;
  flags: Set<string>;
  positional: string[];
}

/** `--name value` options, bare `--flag`s and positional arguments; anything else is refused. */
export function parseBackupArgs(
  args: readonly string[],
  allowed: { values: readonly string[]; flags: readonly string[] },
): ParsedArgs {
  const parsed: ParsedArgs = { options: {}, flags: new Set(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (allowed.flags.includes(name)) {
      parsed.flags.add(name);
    } else if (allowed.values.includes(name)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${arg} needs a value.`);
      parsed.options[name] = value;
      i += 1;
    } else {
      throw new UsageError(`Unknown option ${arg}.`);
    }
  }
  return parsed;
}
