/**
 * Structured logs (pino, one JSON object a line). Secrets are scrubbed: the
 * bot token by value wherever it might appear, and interaction tokens, which
 * discord.js puts in the URLs of its errors.
 */
import { type DestinationStream, type Logger, pino } from 'pino';

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  readonly level: string;
  /** Values that must never be written, such as the bot token. */
  readonly secrets?: readonly string[];
  /** Where lines go; standard output when absent. */
  readonly destination?: DestinationStream;
}

const REDACTED = '[redacted]';
// Interaction tokens sit right after the id in these REST routes.
const ROUTE_TOKENS = /(\/(?:webhooks|interactions)\/\d+\/)[^/?\s"']+/gu;

/** Replaces secrets and interaction tokens in a string. */
export function scrub(text: string, secrets: readonly string[]): string {
  let clean = text.replace(ROUTE_TOKENS, `$1${REDACTED}`);
  for (const secret of secrets) if (secret.length > 0) clean = clean.split(secret).join(REDACTED);
  return clean;
}

/** A pino logger that never writes a token. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets ?? [];
  return pino(
    {
      level: options.level,
      redact: {
        paths: [
          'token',
          '*.token',
          'discordToken',
          '*.discordToken',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: REDACTED,
      },
      serializers: {
        err: (error: Error) => {
          const serialized = pino.stdSerializers.err(error);
          return JSON.parse(scrub(JSON.stringify(serialized), secrets));
        },
      },
      hooks: {
        // Messages are written by us, but may quote an error or URL that carries a token.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrub(arg, secrets) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}
