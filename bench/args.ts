/**
 * Options of the benchmark scripts. `--help` prints the script's usage; an
 * unknown or malformed option prints what is wrong and the usage, not a
 * stack trace.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed values of `options`, or the process ends with the usage (exit 0 for `--help`, 2 for a bad option). */
export function benchOptions<const T extends Options>(usage: string, options: T) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs<{ options: T }>({ options }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    process.exit(2);
  }
}
