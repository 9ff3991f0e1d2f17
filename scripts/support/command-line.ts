import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Prints `message` and ends the command: exit 1 for refused or failed, 2 for bad arguments. */
export function fail(code: 1 | 2, message: string): never {
  console.error(message);
  process.exit(code);
}

const help = { type: 'boolean', short: 'h' } as const;

/**
 * The command's options, with `--help`/`-h` added: help prints `usage` and exits 0; an unknown or
 * malformed option prints the problem and `usage` and exits 2.
 * @example const values = readOptions({ count: { type: 'string', short: 'n' } }, USAGE);
 */
export function readOptions<T extends ParseArgsOptionsConfig>(options: T, usage: string) {
  const config = { options: { ...options, help }, strict: true, allowPositionals: false } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    fail(2, `${(error as Error).message}\n${usage}`);
  }
  // TypeScript cannot see `help` through the generic spread; parseArgs put it there.
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed.values;
}
