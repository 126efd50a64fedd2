/**
 * Settings, read once from the environment and an optional `.env` file.
 *
 * This is the only module that reads `process.env`. Every problem is
 * reported at once, and no message ever contains the token's value.
 */
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { blankToUndefined, optional, wholeNumber } from './config-fields.js';
import { type ShardingSettings, shardingSchema } from './config-sharding.js';
import { plural } from './text/listing.js';

export type { ShardingSettings } from './config-sharding.js';

/** The REST API the bot talks to unless `DISCORD_API_URL` says otherwise. */
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';
/** Where the reports are read from unless `CORPUS_DIR` says otherwise. */
export const DEFAULT_CORPUS_DIR = 'corpus';
/** Where index snapshots are kept unless `INDEX_CACHE_DIR` says otherwise (`none` turns them off). */
export const DEFAULT_INDEX_CACHE_DIR = '.citebot-cache';
/** Where replaced and removed report files are kept unless `CORPUS_HISTORY_DIR` says otherwise. */
export const DEFAULT_CORPUS_HISTORY_DIR = '.citebot-history';
/** Where the bot keeps its database (the unanswered questions) unless `DATA_DIR` says otherwise. */
export const DEFAULT_DATA_DIR = '.citebot-data';
/** The hosts Discord serves attachments from: the only ones `/corpus add` downloads from by default. */
export const DEFAULT_ATTACHMENT_HOSTS: readonly string[] = Object.freeze([
  'cdn.discordapp.com',
  'media.discordapp.net',
]);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The bot's settings, validated. */
export interface BotConfig {
  readonly discordToken: string;
  /** Needed to register commands; the running bot learns it from Discord. */
  readonly discordApplicationId?: string;
  /** Register commands in this server only (instant updates while testing). */
  readonly discordGuildId?: string;
  readonly corpusDir: string;
  /** Where index snapshots are kept, so a restart does not rebuild the index; undefined: none. */
  readonly indexCacheDir?: string;
  /** Members with any of these roles are moderators, besides those with Manage Server. */
  readonly moderatorRoleIds: readonly string[];
  readonly rateLimit: { readonly max: number; readonly windowSeconds: number };
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** REST base URL without the version, e.g. a REST proxy in front of Discord. */
  readonly discordApiUrl: string;
  /**
   * What `npm run start:sharded` runs: `TOTAL_SHARDS` and `SHARD_IDS`. `npm start` ignores it. A shard learns
   * its own id and the count from discord.js (`client.shard`), which the sharding manager tells.
   */
  readonly sharding: ShardingSettings;
  /** Where `/corpus` keeps every report file it replaces or removes. */
  readonly corpusHistoryDir: string;
  /** Where the bot's database lives. */
  readonly dataDir: string;
  /** A channel that gets a one-line notice of every corpus change; undefined: none. */
  readonly auditChannelId?: string;
  /** Hosts (`name` or `name:port`) `/corpus add` may download an attachment from. */
  readonly attachmentHosts: readonly string[];
}

/** What a program needs beyond the common settings. */
export type ConfigPurpose = 'bot' | 'deploy';

/** The settings are unusable; `problems` lists each, one line a problem, ready to print. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `The configuration has ${plural(problems.length, 'problem')}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

/** The variables the program sees: the process environment, plus `.env` for keys it does not set. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads the process environment and, for keys it lacks, `.env` in the
 * working directory (if there is one). `process.env` itself is not changed.
 */
export function readEnvironment(): Environment {
  const env: Record<string, string | undefined> = { ...process.env };
  const result = dotenv.config({ processEnv: env, quiet: true });
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (result.error && code !== 'ENOENT') {
    throw new ConfigError([`.env cannot be read (${code ?? result.error.message})`]);
  }
  return env;
}

/**
 * The corpus directory, for programs that need nothing else (the CLI):
 * `CORPUS_DIR` from the environment or `.env`, else {@link DEFAULT_CORPUS_DIR}.
 * Needs no token.
 */
export function loadCorpusDirFromEnv(env: Environment = readEnvironment()): string {
  return env.CORPUS_DIR?.trim() || DEFAULT_CORPUS_DIR;
}

/** `INDEX_CACHE_DIR` as a directory: `none` turns snapshots off, and unset or blank means the default. */
function indexCacheDirOf(value: string | undefined): string | undefined {
  const dir = value?.trim();
  if (dir === 'none') return undefined;
  return dir || DEFAULT_INDEX_CACHE_DIR;
}

/**
 * The index snapshot directory for the CLI, which shares the bot's cache:
 * `INDEX_CACHE_DIR` from the environment or `.env`. Needs no token.
 */
export function loadIndexCacheDirFromEnv(env: Environment = readEnvironment()): string | undefined {
  return indexCacheDirOf(env.INDEX_CACHE_DIR);
}

/** Reads and validates the settings for the bot or the deploy script. Throws a {@link ConfigError}. */
export function loadConfig(purpose: ConfigPurpose = 'bot'): BotConfig {
  return parseConfig(readEnvironment(), purpose);
}

const SNOWFLAKE = /^\d{17,20}$/;

const schema = z.object({
  // Never echo the token: these messages are printed at startup.
  DISCORD_TOKEN: optional(
    z.string().regex(/^\S+$/, { error: 'DISCORD_TOKEN must not contain spaces; paste the token exactly as shown' }),
  ),
  DISCORD_APPLICATION_ID: optional(
    z
      .string()
      .trim()
      .regex(SNOWFLAKE, {
        error: (issue) => `DISCORD_APPLICATION_ID must be the application's numeric id (got "${issue.input}")`,
      }),
  ),
  DISCORD_GUILD_ID: optional(
    z
      .string()
      .trim()
      .regex(SNOWFLAKE, {
        error: (issue) => `DISCORD_GUILD_ID must be a server's numeric id (got "${issue.input}")`,
      }),
  ),
  CORPUS_DIR: optional(z.string().trim()).transform((dir) => dir ?? DEFAULT_CORPUS_DIR),
  INDEX_CACHE_DIR: optional(z.string().trim()).transform(indexCacheDirOf),
  MODERATOR_ROLE_IDS: optional(z.string()).transform((list, ctx) => {
    const ids = (list ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    for (const id of ids.filter((candidate) => !SNOWFLAKE.test(candidate))) {
      ctx.addIssue({
        code: 'custom',
        message: `MODERATOR_ROLE_IDS: "${id}" is not a role id (role ids are long numbers, separated by commas)`,
      });
    }
    return ids;
  }),
  RATE_LIMIT_MAX: wholeNumber('RATE_LIMIT_MAX', 0, 5),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber('RATE_LIMIT_WINDOW_SECONDS', 1, 30),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(
        z.enum(LOG_LEVELS, {
          error: (issue) => `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${issue.input}")`,
        }),
      ),
  ).transform((level) => level ?? 'info'),
  DISCORD_API_URL: optional(
    z.url({
      protocol: /^https?$/,
      error: (issue) =>
        `DISCORD_API_URL must be an http(s) URL such as ${DEFAULT_DISCORD_API_URL} (got "${issue.input}")`,
    }),
  ).transform((url) => (url ?? DEFAULT_DISCORD_API_URL).replace(/\/+$/, '')),
});

// The settings of `/corpus`, checked on their own like the sharding ones.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/u;
const adminSchema = z.object({
  CORPUS_HISTORY_DIR: optional(z.string().trim()).transform((dir) => dir ?? DEFAULT_CORPUS_HISTORY_DIR),
  DATA_DIR: optional(z.string().trim()).transform((dir) => dir ?? DEFAULT_DATA_DIR),
  AUDIT_CHANNEL_ID: optional(
    z
      .string()
      .trim()
      .regex(SNOWFLAKE, { error: (issue) => `AUDIT_CHANNEL_ID must be a channel's numeric id (got "${issue.input}")` }),
  ),
  ATTACHMENT_HOSTS: optional(z.string()).transform((list, ctx) => {
    const hosts = (list ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean);
    for (const host of hosts.filter((candidate) => !HOST.test(candidate))) {
      ctx.addIssue({
        code: 'custom',
        message: `ATTACHMENT_HOSTS: "${host}" is not a host name (such as cdn.discordapp.com, separated by commas)`,
      });
    }
    return Object.freeze(hosts.length > 0 ? hosts : [...DEFAULT_ATTACHMENT_HOSTS]);
  }),
});

/**
 * The problem with a history folder inside the corpus folder, if any: the
 * loader reads every file there but those under a folder whose name starts
 * with a dot, so old copies of reports kept in a plain folder would load as
 * reports of their own, and the next `/reload` would refuse the duplicates.
 */
function historyInsideCorpus(corpusDir: string, historyDir: string): string | undefined {
  const relative = path.relative(path.resolve(corpusDir), path.resolve(historyDir));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return relative === ''
      ? `CORPUS_HISTORY_DIR must not be CORPUS_DIR itself ("${corpusDir}"): old copies would load as reports`
      : undefined;
  }
  if (relative.split(path.sep).some((part) => part.startsWith('.'))) return undefined;
  return (
    `CORPUS_HISTORY_DIR ("${historyDir}") is inside CORPUS_DIR ("${corpusDir}"), where old copies of reports ` +
    `would load as reports: put it outside, or start its name with a dot ("${path.join(corpusDir, `.${path.basename(historyDir)}`)}")`
  );
}

/**
 * Validates settings from `env` (pure: tests pass an object). Lists every
 * problem in one {@link ConfigError}; the result is frozen.
 */
export function parseConfig(env: Environment, purpose: ConfigPurpose = 'bot'): BotConfig {
  const parsed = schema.safeParse(env);
  const sharding = shardingSchema.safeParse(env);
  const problems = [parsed, sharding].flatMap((result) =>
    result.success ? [] : result.error.issues.map((issue) => issue.message),
  );
  if (!blankToUndefined(env.DISCORD_TOKEN)) {
    problems.unshift('DISCORD_TOKEN is required: the bot token from the Discord Developer Portal (Bot → Reset Token)');
  }
  if (purpose === 'deploy' && !blankToUndefined(env.DISCORD_APPLICATION_ID)) {
    problems.push(
      'DISCORD_APPLICATION_ID is required to register commands: the Application ID on the General Information page',
    );
  }
  const admin = adminSchema.safeParse(env);
  if (!admin.success) problems.push(...admin.error.issues.map((issue) => issue.message));
  if (parsed.success && admin.success) {
    const inside = historyInsideCorpus(parsed.data.CORPUS_DIR, admin.data.CORPUS_HISTORY_DIR);
    if (inside) problems.push(inside);
  }
  if (!parsed.success || !sharding.success || !admin.success || problems.length > 0) throw new ConfigError(problems);
  const values = parsed.data;
  return Object.freeze({
    discordToken: values.DISCORD_TOKEN ?? '',
    discordApplicationId: values.DISCORD_APPLICATION_ID,
    discordGuildId: values.DISCORD_GUILD_ID,
    corpusDir: values.CORPUS_DIR,
    indexCacheDir: values.INDEX_CACHE_DIR,
    moderatorRoleIds: Object.freeze(values.MODERATOR_ROLE_IDS),
    rateLimit: Object.freeze({ max: values.RATE_LIMIT_MAX, windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS }),
    logLevel: values.LOG_LEVEL,
    discordApiUrl: values.DISCORD_API_URL,
    sharding: sharding.data,
    corpusHistoryDir: admin.data.CORPUS_HISTORY_DIR,
    dataDir: admin.data.DATA_DIR,
    auditChannelId: admin.data.AUDIT_CHANNEL_ID,
    attachmentHosts: admin.data.ATTACHMENT_HOSTS,
  });
}
